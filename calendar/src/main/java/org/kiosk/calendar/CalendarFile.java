package org.kiosk.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One region's calendar data for one year, parsed strictly from its text, which is kept as-is so the platform
 * can serve it and a kiosk can check what it received with this same parser.
 *
 * <p>The format, line by line (UTF-8; {@code #} starts a comment line; blank lines are ignored):
 * <pre>
 * region: CN                      header, before any entry: region, year, issuer, title and url are
 * year: 2025                      required; document (the notice's number) and issued (ISO date) are
 * issuer: 国务院办公厅             given where known; note may repeat
 * title: 国务院办公厅关于2025年部分节假日安排的通知
 * document: 国办发明电〔2024〕12号
 * issued: 2024-11-12
 * url: https://...
 * 2025-01-01 holiday 元旦          entries, in ascending date order, one per date: date, kind, name
 * 2025-01-26 workday 春节调休上班   (kinds: holiday, workday, half-day)
 * </pre>
 * Every line that breaks the format, a date outside the header's year, a duplicate or out-of-order date, a
 * make-up working day that is not a Saturday or Sunday, and a half-day closure on a weekend are refused with a
 * {@link CalendarDataException} naming the file and line.
 */
public final class CalendarFile {

    /** Delivered text larger than this is refused before it is parsed: a year's calendar is a few kilobytes. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Pattern FILE_NAME = Pattern.compile("(CN|HK|MO)-(\\d{4})\\.txt");
    private static final Pattern HEADER = Pattern.compile("([a-z]+):\\s*(.*)");
    private static final Pattern ENTRY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)\\s+(\\S.*)");
    private static final Set<String> REQUIRED = Set.of("region", "year", "issuer", "title", "url");
    private static final Set<String> OPTIONAL = Set.of("document", "issued", "note");

    private final String source;
    private final String text;
    private final Region region;
    private final int year;
    private final Map<String, String> header;
    private final List<String> notes;
    private final NavigableMap<LocalDate, CalendarEntry> entries;

    private CalendarFile(String source, String text, Region region, int year, Map<String, String> header,
                         List<String> notes, NavigableMap<LocalDate, CalendarEntry> entries) {
        this.source = source;
        this.text = text;
        this.region = region;
        this.year = year;
        this.header = header;
        this.notes = notes;
        this.entries = entries;
    }

    /** The conventional file name of a region's year, e.g. {@code CN-2026.txt}. */
    public static String fileName(Region region, int year) {
        return region.name() + "-" + year + ".txt";
    }

    /** Parses UTF-8 bytes; {@code source} names them in any error (a file name, or where delivered data came from). */
    public static CalendarFile parse(String source, byte[] bytes) throws CalendarDataException {
        if (bytes.length > MAX_BYTES) {
            throw new CalendarDataException(source, "larger than " + MAX_BYTES + " bytes (" + bytes.length + ")");
        }
        return parse(source, decode(source, bytes));
    }

    /** Parses text; {@code source} names it in any error. */
    public static CalendarFile parse(String source, String text) throws CalendarDataException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, String> header = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        NavigableMap<LocalDate, CalendarEntry> entries = new TreeMap<>();
        Region region = null;
        int year = 0;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(trimmed);
            if (entry.matches()) {
                if (region == null || year == 0 || !header.keySet().containsAll(REQUIRED)) {
                    throw new CalendarDataException(source, number,
                            "entry before the header is complete (missing " + missing(header) + ")");
                }
                CalendarEntry parsed = entry(source, number, entry, year);
                if (!entries.isEmpty() && !parsed.date().isAfter(entries.lastKey())) {
                    throw new CalendarDataException(source, number, parsed.date().equals(entries.lastKey())
                            ? "duplicate date " + parsed.date()
                            : "date " + parsed.date() + " is not after the previous entry " + entries.lastKey());
                }
                entries.put(parsed.date(), parsed);
                continue;
            }
            Matcher head = HEADER.matcher(trimmed);
            if (!head.matches()) {
                throw new CalendarDataException(source, number,
                        "expected 'key: value' or 'YYYY-MM-DD kind name', got '" + abbreviate(trimmed) + "'");
            }
            String key = head.group(1);
            String value = head.group(2).strip();
            if (!entries.isEmpty()) {
                throw new CalendarDataException(source, number, "header line '" + key + "' after the entries");
            }
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                throw new CalendarDataException(source, number, "unknown header '" + key
                        + "' (allowed: region, year, issuer, title, document, issued, url, note)");
            }
            if (value.isEmpty()) {
                throw new CalendarDataException(source, number, "empty value for '" + key + "'");
            }
            if (key.equals("note")) {
                notes.add(value);
                continue;
            }
            if (header.putIfAbsent(key, value) != null) {
                throw new CalendarDataException(source, number, "repeated header '" + key + "'");
            }
            switch (key) {
                case "region" -> region = Region.parse(value).filter(r -> r.name().equals(value)).orElseThrow(
                        () -> new CalendarDataException(source, number,
                                "region '" + abbreviate(value) + "' is not one of CN, HK, MO"));
                case "year" -> year = year(source, number, value);
                case "issued" -> date(source, number, value);
                case "url" -> {
                    if (!value.startsWith("https://") && !value.startsWith("http://")) {
                        throw new CalendarDataException(source, number, "url must start with http:// or https://");
                    }
                }
                default -> { }
            }
        }
        if (!header.keySet().containsAll(REQUIRED)) {
            throw new CalendarDataException(source, "header incomplete (missing " + missing(header) + ")");
        }
        return new CalendarFile(source, text, region, year, Collections.unmodifiableMap(header),
                List.copyOf(notes), Collections.unmodifiableNavigableMap(entries));
    }

    /**
     * Checks calendar data the platform delivered for {@code region}'s {@code year} before the kiosk uses it: the
     * strict parse, then the header's region and year against what was asked for. {@code source} names the
     * delivery in any error (e.g. the URL it came from).
     */
    public static CalendarFile parseDelivered(Region region, int year, String source, byte[] body)
            throws CalendarDataException {
        return parse(source, body).expect(region, year);
    }

    /**
     * Parses text named as a file, whose name must be {@code REGION-YEAR.txt} and agree with the header: what a
     * directory of calendar files, or the bundled resources, hold.
     */
    public static CalendarFile parseNamed(String fileName, byte[] bytes) throws CalendarDataException {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new CalendarDataException(fileName, "file name is not REGION-YEAR.txt (REGION one of CN, HK, MO)");
        }
        return parse(fileName, bytes).expect(Region.valueOf(name.group(1)), Integer.parseInt(name.group(2)));
    }

    /**
     * This file, if it is the calendar of {@code expectedRegion} for {@code expectedYear}: what a kiosk checks
     * of data the platform delivered for that region and year.
     */
    public CalendarFile expect(Region expectedRegion, int expectedYear) throws CalendarDataException {
        if (region != expectedRegion) {
            throw new CalendarDataException(source, "header region " + region + " where " + expectedRegion
                    + " was expected");
        }
        if (year != expectedYear) {
            throw new CalendarDataException(source, "header year " + year + " where " + expectedYear
                    + " was expected");
        }
        return this;
    }

    public String source() {
        return source;
    }

    /** The text exactly as parsed, to be served or stored as-is. */
    public String text() {
        return text;
    }

    public Region region() {
        return region;
    }

    public int year() {
        return year;
    }

    public String issuer() {
        return header.get("issuer");
    }

    public String title() {
        return header.get("title");
    }

    /** The notice's document number, where it has one and the file gives it. */
    public Optional<String> document() {
        return Optional.ofNullable(header.get("document"));
    }

    /** When the notice was issued or gazetted, where the file gives it. */
    public Optional<LocalDate> issued() {
        return Optional.ofNullable(header.get("issued")).map(LocalDate::parse);
    }

    public String url() {
        return header.get("url");
    }

    public List<String> notes() {
        return notes;
    }

    /** The entries by date. */
    public NavigableMap<LocalDate, CalendarEntry> entries() {
        return entries;
    }

    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    @Override
    public String toString() {
        return "CalendarFile[" + source + ", " + region + " " + year + ", " + entries.size() + " entries]";
    }

    private static CalendarEntry entry(String source, int number, Matcher entry, int year)
            throws CalendarDataException {
        LocalDate date = date(source, number, entry.group(1));
        if (date.getYear() != year) {
            throw new CalendarDataException(source, number, "date " + date + " is outside the year " + year);
        }
        DayKind kind = DayKind.ofToken(entry.group(2)).orElseThrow(() -> new CalendarDataException(source, number,
                "kind '" + abbreviate(entry.group(2)) + "' is not one of holiday, workday, half-day"));
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new CalendarDataException(source, number,
                    "make-up working day " + date + " is a " + date.getDayOfWeek() + ", not a Saturday or Sunday");
        }
        if (kind == DayKind.HALF_DAY && weekend) {
            throw new CalendarDataException(source, number,
                    "half-day closure " + date + " falls on a " + date.getDayOfWeek());
        }
        return new CalendarEntry(date, kind, entry.group(3).strip());
    }

    private static LocalDate date(String source, int number, String value) throws CalendarDataException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(source, number, "'" + abbreviate(value) + "' is not a valid date");
        }
    }

    private static int year(String source, int number, String value) throws CalendarDataException {
        if (!value.matches("\\d{4}")) {
            throw new CalendarDataException(source, number, "year '" + abbreviate(value) + "' is not four digits");
        }
        try {
            return LocalDate.of(Integer.parseInt(value), 1, 1).getYear();
        } catch (DateTimeException e) {
            throw new CalendarDataException(source, number, "year '" + value + "' is out of range");
        }
    }

    private static String missing(Map<String, String> header) {
        List<String> missing = new ArrayList<>();
        for (String key : List.of("region", "year", "issuer", "title", "url")) {
            if (!header.containsKey(key)) {
                missing.add(key);
            }
        }
        return String.join(", ", missing);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    /** Decodes line by line so that bytes that are not UTF-8 are reported with their line. */
    private static String decode(String source, byte[] bytes) throws CalendarDataException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(bytes.length);
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    text.append(decoder.decode(ByteBuffer.wrap(bytes, start, i - start)));
                } catch (CharacterCodingException e) {
                    throw new CalendarDataException(source, line, "not valid UTF-8");
                }
                if (i < bytes.length) {
                    text.append('\n');
                }
                start = i + 1;
                line++;
            }
        }
        return text.toString();
    }
}

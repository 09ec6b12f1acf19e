package org.kiosk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendars of every region, from yearly data files: those bundled with the application, a
 * directory of them, or files the platform delivered (parsed and checked with the same strict parser).
 */
public final class WorkingCalendars {

    /** Where the bundled data files live on the classpath. */
    public static final String RESOURCE_DIRECTORY = "org/kiosk/calendar/data/";

    /** The bundled resource listing the bundled data files, one file name a line. */
    public static final String INDEX = RESOURCE_DIRECTORY + "index.txt";

    private final Map<Region, Map<Integer, CalendarFile>> files;
    private final Map<Region, WorkingCalendar> calendars;

    private WorkingCalendars(Map<Region, Map<Integer, CalendarFile>> files) {
        this.files = files;
        this.calendars = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            calendars.put(region, new DataWorkingCalendar(region, files.get(region)));
        }
    }

    /** The data shipped with the application. */
    public static WorkingCalendars bundled() {
        try {
            return load(bundledFiles());
        } catch (CalendarDataException | IOException e) {
            throw new IllegalStateException("bundled calendar data is unusable: " + e.getMessage(), e);
        }
    }

    /** The bundled data files, parsed, in index order. */
    public static List<CalendarFile> bundledFiles() throws IOException, CalendarDataException {
        List<CalendarFile> parsed = new ArrayList<>();
        for (String name : bundledIndex()) {
            parsed.add(CalendarFile.parseNamed(name, resource(RESOURCE_DIRECTORY + name)));
        }
        return parsed;
    }

    /** The file names listed in the bundled index. */
    public static List<String> bundledIndex() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : new String(resource(INDEX), StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Calendars from parsed files; at most one file per region and year. */
    public static WorkingCalendars load(Collection<CalendarFile> calendarFiles) throws CalendarDataException {
        Map<Region, Map<Integer, CalendarFile>> byRegion = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            byRegion.put(region, new TreeMap<>());
        }
        for (CalendarFile file : calendarFiles) {
            CalendarFile earlier = byRegion.get(file.region()).putIfAbsent(file.year(), file);
            if (earlier != null) {
                throw new CalendarDataException(file.source(), "a second calendar for " + file.region() + " "
                        + file.year() + " (the first is " + earlier.source() + ")");
            }
        }
        return new WorkingCalendars(freeze(byRegion));
    }

    /**
     * Calendars from data files on disk: each path a {@code REGION-YEAR.txt} file, or a directory whose
     * {@code *.txt} files are all such files.
     */
    public static WorkingCalendars load(Path... paths) throws IOException, CalendarDataException {
        List<CalendarFile> parsed = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(path, "*.txt")) {
                    stream.forEach(inside::add);
                }
                Collections.sort(inside);
                for (Path file : inside) {
                    parsed.add(parseFile(file));
                }
            } else {
                parsed.add(parseFile(path));
            }
        }
        return load(parsed);
    }

    /** These calendars with {@code delivered} in place of any file for the same region and year. */
    public WorkingCalendars with(CalendarFile delivered) {
        Map<Region, Map<Integer, CalendarFile>> copy = new EnumMap<>(Region.class);
        files.forEach((region, years) -> copy.put(region, new TreeMap<>(years)));
        copy.get(delivered.region()).put(delivered.year(), delivered);
        return new WorkingCalendars(freeze(copy));
    }

    public WorkingCalendar of(Region region) {
        return calendars.get(region);
    }

    /** The years with data for {@code region}. */
    public SortedSet<Integer> years(Region region) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(files.get(region).keySet()));
    }

    /** The data file of {@code region}'s {@code year}, whose {@link CalendarFile#text()} can be served as-is. */
    public Optional<CalendarFile> file(Region region, int year) {
        return Optional.ofNullable(files.get(region).get(year));
    }

    /** Every data file, by region then year. */
    public List<CalendarFile> files() {
        List<CalendarFile> all = new ArrayList<>();
        files.values().forEach(years -> all.addAll(years.values()));
        return all;
    }

    /**
     * How many days, from {@code from} to the end of the run of consecutive years with data that contains it,
     * counting {@code from}; 0 when {@code from}'s year has no data. Operations alert before this reaches 0.
     */
    public long daysOfDataRemaining(Region region, LocalDate from) {
        Map<Integer, CalendarFile> years = files.get(region);
        if (!years.containsKey(from.getYear())) {
            return 0;
        }
        int last = from.getYear();
        while (years.containsKey(last + 1)) {
            last++;
        }
        return ChronoUnit.DAYS.between(from, LocalDate.of(last, 12, 31)) + 1;
    }

    private static CalendarFile parseFile(Path file) throws IOException, CalendarDataException {
        long size = Files.size(file);
        String name = file.getFileName().toString();
        if (size > CalendarFile.MAX_BYTES) {
            throw new CalendarDataException(name, "larger than " + CalendarFile.MAX_BYTES + " bytes (" + size + ")");
        }
        return CalendarFile.parseNamed(name, Files.readAllBytes(file));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WorkingCalendars.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static Map<Region, Map<Integer, CalendarFile>> freeze(Map<Region, Map<Integer, CalendarFile>> byRegion) {
        Map<Region, Map<Integer, CalendarFile>> frozen = new EnumMap<>(Region.class);
        byRegion.forEach((region, years) -> frozen.put(region, Collections.unmodifiableMap(new TreeMap<>(years))));
        return Collections.unmodifiableMap(frozen);
    }
}

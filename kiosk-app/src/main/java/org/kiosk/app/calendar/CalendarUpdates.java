package org.kiosk.app.calendar;

import org.kiosk.calendar.CalendarDataException;
import org.kiosk.calendar.CalendarFile;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kiosk's working calendars: the bundled data, overlaid with newer files the platform delivered. Every delivered
 * file is checked with the calendar module's strict parser (format, header against the region and year asked for,
 * dates, make-up days) before it is stored or used; a refused file is logged with its file and line and kept out,
 * and whatever was in use before stays in use.
 */
public final class CalendarUpdates {

    /** The platform's problem code for a year it has no published calendar for (the weekday rule stands in). */
    public static final String NOT_PUBLISHED = "calendar-not-published";

    /** How many years, from the current one, are fetched: this year and the next. */
    public static final int YEARS_AHEAD = 1;

    private static final Logger log = LoggerFactory.getLogger(CalendarUpdates.class);

    /** What one refresh did. */
    public record Report(List<CalendarFile> accepted, List<CalendarDataException> refused, List<String> unavailable) {
        public Report {
            accepted = List.copyOf(accepted);
            refused = List.copyOf(refused);
            unavailable = List.copyOf(unavailable);
        }
    }

    private final CalendarSource source;
    private final Path directory;
    private final Set<Region> regions;
    private final Clock clock;
    private volatile WorkingCalendars current;

    /** Updates over the bundled data. */
    public CalendarUpdates(CalendarSource source, Path directory, Set<Region> regions, Clock clock) {
        this(WorkingCalendars.bundled(), source, directory, regions, clock);
    }

    /**
     * @param initial   the calendars in use until a delivered file replaces one of their years
     * @param directory where accepted delivered files are kept ({@code REGION-YEAR.txt}), created when missing
     * @param regions   the regions whose calendars this kiosk uses
     */
    public CalendarUpdates(WorkingCalendars initial, CalendarSource source, Path directory, Set<Region> regions, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.regions = Set.copyOf(regions);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The calendars in use now: bundled data with every accepted delivered file in place of the bundled one. */
    public WorkingCalendars current() {
        return current;
    }

    /**
     * Loads the files accepted earlier from the directory; each is checked again, and one that no longer passes
     * (edited, truncated) is logged and left out.
     */
    public List<CalendarDataException> loadStored() throws IOException {
        Files.createDirectories(directory);
        List<Path> stored = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.txt")) {
            files.forEach(stored::add);
        }
        stored.sort(null);
        List<CalendarDataException> refused = new ArrayList<>();
        for (Path file : stored) {
            try {
                use(CalendarFile.parseNamed(file.getFileName().toString(), Files.readAllBytes(file)));
            } catch (CalendarDataException e) {
                log.error("Stored calendar file refused, bundled data stays in use: {}", e.getMessage());
                refused.add(e);
            }
        }
        return refused;
    }

    /** Fetches this year's and next year's files of every region, and takes each one that passes the checks. */
    public Report refresh() {
        List<CalendarFile> accepted = new ArrayList<>();
        List<CalendarDataException> refused = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        int thisYear = LocalDate.now(clock.withZone(Region.CN.zone())).getYear();
        for (Region region : Region.values()) {
            if (!regions.contains(region)) {
                continue;
            }
            for (int year = thisYear; year <= thisYear + YEARS_AHEAD; year++) {
                String name = CalendarFile.fileName(region, year);
                String from = "platform " + name;
                byte[] body;
                try {
                    body = source.calendarFile(org.kiosk.platform.model.Region.valueOf(region.name()), year);
                } catch (PlatformRefusedException e) {
                    if (!NOT_PUBLISHED.equals(e.code())) {
                        log.warn("Calendar {} not fetched: {}", from, e.getMessage());
                        unavailable.add(name);
                    }
                    continue;
                } catch (PlatformException e) {
                    log.warn("Calendar {} not fetched, the data in use stays: {}", from, e.getMessage());
                    unavailable.add(name);
                    continue;
                }
                try {
                    CalendarFile delivered = CalendarFile.parseDelivered(region, year, from, body);
                    if (unchanged(delivered)) {
                        continue;
                    }
                    store(name, body);
                    use(delivered);
                    accepted.add(delivered);
                    log.info("Calendar {} accepted ({} entries)", from, delivered.entries().size());
                } catch (CalendarDataException e) {
                    log.error("Delivered calendar refused, the data in use stays: {}", e.getMessage());
                    refused.add(e);
                } catch (IOException e) {
                    log.error("Delivered calendar {} not stored, the data in use stays: {}", from, e.getMessage());
                    unavailable.add(name);
                }
            }
        }
        return new Report(accepted, refused, unavailable);
    }

    private boolean unchanged(CalendarFile delivered) {
        return current.file(delivered.region(), delivered.year())
                .map(f -> f.text().equals(delivered.text()))
                .orElse(false);
    }

    private synchronized void use(CalendarFile file) {
        current = current.with(file);
    }

    /** Written beside, then moved into place, so a crash never leaves half a file to be refused at the next start. */
    private void store(String name, byte[] body) throws IOException {
        Files.createDirectories(directory);
        Path temporary = directory.resolve(name + ".part");
        Files.write(temporary, body);
        try {
            Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

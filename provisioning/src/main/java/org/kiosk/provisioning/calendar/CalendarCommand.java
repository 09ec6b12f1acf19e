package org.kiosk.provisioning.calendar;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.calendar.CalendarDataException;
import org.kiosk.calendar.CalendarFile;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.WorkingCalendar;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.calendar.WorkingDate;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Working-day calendars of the mainland (CN), Hong Kong (HK) and Macao (MO).",
        subcommands = {CalendarCommand.IsWorkingDay.class, CalendarCommand.AddWorkingDays.class,
                CalendarCommand.Check.class})
public final class CalendarCommand {

    /** The calendar data a command reads: the bundled files, with those of {@code --data} in their place. */
    abstract static class DataCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR",
                description = "A directory of REGION-YEAR.txt files (e.g. delivered by the platform) used in place "
                        + "of the bundled files for the same region and year.")
        Path data;

        /** The command's work on valid data; returns the exit code. */
        abstract int run(WorkingCalendars calendars, List<CalendarFile> delivered);

        @Override
        public final Integer call() {
            WorkingCalendars calendars = WorkingCalendars.bundled();
            List<CalendarFile> delivered = new ArrayList<>();
            if (data != null) {
                try {
                    if (!Files.isDirectory(data)) {
                        return failed("--data " + data + " is not a directory");
                    }
                    delivered.addAll(WorkingCalendars.load(data).files());
                } catch (CalendarDataException e) {
                    return failed(e.getMessage());
                } catch (IOException e) {
                    return failed("cannot read " + data + ": " + e.getMessage());
                }
                for (CalendarFile file : delivered) {
                    calendars = calendars.with(file);
                }
            }
            return run(calendars, delivered);
        }

        int failed(String reason) {
            spec.commandLine().getErr().println("kioskctl: " + reason);
            return KioskCtl.EXIT_FAILED;
        }

        /** Warns on stderr when an answer relied on a year without data. */
        void warnIfProvisional(Region region, WorkingDate answer) {
            if (answer.provisional()) {
                spec.commandLine().getErr().println("kioskctl: warning: the answer relies on a year without " + region
                        + " calendar data; the Monday-to-Friday rule was used, so it is provisional");
            }
        }
    }

    @Command(name = "is-working-day", mixinStandardHelpOptions = true,
            description = "Print true if DATE is a working day in the region, else false.")
    static final class IsWorkingDay extends DataCommand {

        @Option(names = "--region", required = true, paramLabel = "REGION", description = "CN, HK or MO.")
        Region region;

        @Parameters(index = "0", paramLabel = "DATE", converter = IsoDate.class, description = "An ISO date, e.g. 2025-10-08.")
        LocalDate date;

        @Override
        int run(WorkingCalendars calendars, List<CalendarFile> delivered) {
            WorkingCalendar calendar = calendars.of(region);
            PrintWriter out = spec.commandLine().getOut();
            out.println(calendar.isWorkingDay(date));
            out.flush();
            warnIfProvisional(region, new WorkingDate(date, calendar.isProvisional(date)));
            return 0;
        }
    }

    @Command(name = "add-working-days", mixinStandardHelpOptions = true,
            description = "Print the ISO date N working days after DATE (DATE itself not counted).")
    static final class AddWorkingDays extends DataCommand {

        @Option(names = "--region", required = true, paramLabel = "REGION", description = "CN, HK or MO.")
        Region region;

        @Parameters(index = "0", paramLabel = "DATE", converter = IsoDate.class, description = "An ISO date.")
        LocalDate date;

        @Parameters(index = "1", paramLabel = "N", converter = WorkingDayCount.class,
                description = "Working days to add, 0 to " + WorkingCalendar.MAX_WORKING_DAYS + ".")
        int days;

        @Override
        int run(WorkingCalendars calendars, List<CalendarFile> delivered) {
            WorkingDate answer = calendars.of(region).plusWorkingDays(date, days);
            PrintWriter out = spec.commandLine().getOut();
            out.println(answer.date());
            out.flush();
            warnIfProvisional(region, answer);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the calendar data files and list the years covered per region.")
    static final class Check extends DataCommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(WorkingCalendars calendars, List<CalendarFile> delivered) {
            Map<String, Object> regions = new LinkedHashMap<>();
            for (Region region : Region.values()) {
                LocalDate today = LocalDate.now(region.zone());
                List<Map<String, Object>> files = new ArrayList<>();
                for (int year : calendars.years(region)) {
                    CalendarFile file = calendars.file(region, year).orElseThrow();
                    Map<String, Object> described = new LinkedHashMap<>();
                    described.put("year", year);
                    described.put("file", file.source());
                    described.put("delivered", delivered.contains(file));
                    described.put("entries", file.entries().size());
                    described.put("issuer", file.issuer());
                    described.put("document", file.document().orElse(null));
                    described.put("issued", file.issued().map(LocalDate::toString).orElse(null));
                    described.put("url", file.url());
                    files.add(described);
                }
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("years", calendars.years(region));
                summary.put("daysOfDataRemaining", calendars.daysOfDataRemaining(region, today));
                summary.put("files", files);
                regions.put(region.name(), summary);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("valid", true);
                report.put("regions", regions);
                JsonOutput.print(out, report);
                return 0;
            }
            for (Region region : Region.values()) {
                out.printf("%s: years %s, %d days of data remaining%n", region, joined(calendars.years(region)),
                        calendars.daysOfDataRemaining(region, LocalDate.now(region.zone())));
                for (int year : calendars.years(region)) {
                    CalendarFile file = calendars.file(region, year).orElseThrow();
                    out.printf("  %s%s  %s%s%n", file.source(), delivered.contains(file) ? " (delivered)" : "",
                            file.document().map(d -> d + "  ").orElse(""), file.url());
                }
            }
            out.flush();
            return 0;
        }

        private static String joined(Iterable<Integer> years) {
            List<String> text = new ArrayList<>();
            years.forEach(y -> text.add(Integer.toString(y)));
            return text.isEmpty() ? "none" : String.join(", ", text);
        }
    }

    /** An ISO date argument. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected an ISO date such as 2025-10-08, got '" + value + "'");
            }
        }
    }

    /** A count of working days, within what a calendar counts. */
    static final class WorkingDayCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0 && n <= WorkingCalendar.MAX_WORKING_DAYS) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw new TypeConversionException("expected a whole number of working days from 0 to "
                    + WorkingCalendar.MAX_WORKING_DAYS + ", got '" + value + "'");
        }
    }
}

package org.kiosk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.kiosk.calendar.CalendarDataException;
import org.kiosk.calendar.CalendarFile;
import org.kiosk.calendar.Commitment;
import org.kiosk.calendar.CommittedDates;
import org.kiosk.calendar.HoursConfigException;
import org.kiosk.calendar.KioskHours;
import org.kiosk.calendar.MatterAdvisor;
import org.kiosk.calendar.MatterAnswer;
import org.kiosk.calendar.MatterTerms;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.ServiceCentre;
import org.kiosk.calendar.ServiceCentreHours;
import org.kiosk.calendar.WorkingCalendar;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.calendar.WorkingDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time the kiosk spends on calendar questions a citizen's journey asks: adding 20 working days across National
 * Day, the committed date with the centre's hours, the whole answer for a matter at 22:00 on the eve of National
 * Day, and checking a year's data file as the platform delivers it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CalendarBenchmark {

    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2025-09-30T14:00:00Z");

    private WorkingCalendar mainland;
    private ServiceCentre centre;
    private MatterAdvisor advisor;
    private MatterTerms matter;
    private byte[] delivered;

    @Setup
    public void setUp() throws HoursConfigException {
        WorkingCalendars calendars = WorkingCalendars.bundled();
        mainland = calendars.of(Region.CN);
        centre = new ServiceCentre(ServiceCentreHours.fromProperties(Map.of("region", "CN",
                "working-days", "09:00-12:00,13:30-17:30", "extended.wednesday", "17:30-20:00",
                "weekend.saturday", "09:00-12:00", "cutoff", "17:00")), calendars);
        advisor = new MatterAdvisor(centre, KioskHours.roundTheClock());
        matter = new MatterTerms("440100-001", 5, true);
        delivered = calendars.file(Region.CN, 2025).orElseThrow().text().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public WorkingDate addTwentyWorkingDaysAcrossNationalDay() {
        return mainland.plusWorkingDays(LocalDate.of(2025, 9, 20), 20);
    }

    @Benchmark
    public Commitment committedDateWithCentreHours() {
        return CommittedDates.commit(centre, EVE_OF_NATIONAL_DAY, 5);
    }

    @Benchmark
    public MatterAnswer answerForAMatterOnTheEveOfNationalDay() {
        return advisor.answer(matter, EVE_OF_NATIONAL_DAY);
    }

    @Benchmark
    public CalendarFile checkDeliveredYear() throws CalendarDataException {
        return CalendarFile.parseDelivered(Region.CN, 2025, "CN/2025", delivered);
    }
}

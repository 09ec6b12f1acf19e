package org.kiosk.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kiosk.app.appointments.SimulatedPlatform;
import org.kiosk.app.ops.CalendarMetrics;
import org.kiosk.calendar.CalendarDataException;
import org.kiosk.calendar.CalendarFile;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.WorkingCalendars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar files delivered by the platform simulator over mutual TLS: checked before use, stored, or refused. */
class CalendarUpdatesTest {

    @TempDir
    static Path dir;

    private static SimulatedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = new SimulatedPlatform(dir, Instant.parse("2026-11-27T12:00:00Z"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** The bundled data without the mainland's 2026: a kiosk that shipped before that year's notice came out. */
    private static WorkingCalendars without2026() throws Exception {
        List<CalendarFile> files = new ArrayList<>(WorkingCalendars.bundledFiles());
        files.removeIf(f -> f.region() == Region.CN && f.year() == 2026);
        return WorkingCalendars.load(files);
    }

    @Test
    void aGoodDeliveredFileIsAcceptedStoredAndUsed(@TempDir Path store) throws Exception {
        CalendarUpdates updates = new CalendarUpdates(without2026(), platform.client::calendarFile, store,
                Set.of(Region.CN), platform.clock);
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        assertThat(updates.current().of(Region.CN).isProvisional(nationalDay)).isTrue();

        CalendarUpdates.Report report = updates.refresh();

        assertThat(report.refused()).isEmpty();
        assertThat(report.accepted()).extracting(CalendarFile::year).containsExactly(2026);
        assertThat(updates.current().of(Region.CN).isProvisional(nationalDay)).isFalse();
        assertThat(updates.current().of(Region.CN).isWorkingDay(nationalDay)).isFalse();
        assertThat(Files.readString(store.resolve("CN-2026.txt"))).isEqualTo(updates.current().file(Region.CN, 2026).orElseThrow().text());

        CalendarUpdates restarted = new CalendarUpdates(without2026(), platform.client::calendarFile, store,
                Set.of(Region.CN), platform.clock);
        assertThat(restarted.loadStored()).isEmpty();
        assertThat(restarted.current().of(Region.CN).isWorkingDay(nationalDay)).isFalse();
        assertThat(restarted.refresh().accepted()).as("the same file again changes nothing").isEmpty();
    }

    @Test
    void aMalformedDeliveredFileIsRefusedWithFileAndLineAndThePreviousDataStays(@TempDir Path store) throws Exception {
        CalendarSource corrupting = (region, year) -> new String(platform.client.calendarFile(region, year), StandardCharsets.UTF_8)
                .replace("2026-10-01 holiday", "2026-10-01 holliday").getBytes(StandardCharsets.UTF_8);
        CalendarUpdates updates = new CalendarUpdates(WorkingCalendars.bundled(), corrupting, store, Set.of(Region.CN), platform.clock);
        String before = updates.current().file(Region.CN, 2026).orElseThrow().text();

        CalendarUpdates.Report report = updates.refresh();

        assertThat(report.accepted()).isEmpty();
        assertThat(report.refused()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("platform CN-2026.txt");
            assertThat(e.line()).isPositive();
            assertThat(e.getMessage()).contains("platform CN-2026.txt line " + e.line()).contains("holliday");
        });
        assertThat(updates.current().file(Region.CN, 2026).orElseThrow().text()).isEqualTo(before);
        assertThat(store.resolve("CN-2026.txt")).doesNotExist();
    }

    @Test
    void aFileForAnotherYearThanAskedIsRefused(@TempDir Path store) throws Exception {
        CalendarSource wrongYear = (region, year) -> platform.client.calendarFile(region, 2025);
        CalendarUpdates updates = new CalendarUpdates(without2026(), wrongYear, store, Set.of(Region.CN), platform.clock);

        assertThat(updates.refresh().refused()).extracting(CalendarDataException::source)
                .containsExactly("platform CN-2026.txt", "platform CN-2027.txt");
        assertThat(updates.current().years(Region.CN)).doesNotContain(2026);
    }

    @Test
    void aYearThePlatformHasNoDataForStaysOnTheWeekdayRuleAndCountsDown(@TempDir Path store) throws Exception {
        CalendarUpdates updates = new CalendarUpdates(WorkingCalendars.bundled(), platform.client::calendarFile, store,
                Set.of(Region.CN), platform.clock);

        CalendarUpdates.Report report = updates.refresh();

        assertThat(report.refused()).isEmpty();
        assertThat(report.unavailable()).isEmpty();
        assertThat(updates.current().of(Region.CN).isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(updates.current().daysOfDataRemaining(Region.CN, LocalDate.of(2026, 11, 27))).isEqualTo(35);
    }

    @Test
    void aStoredFileThatNoLongerParsesIsLeftOut(@TempDir Path store) throws Exception {
        Files.writeString(store.resolve("CN-2026.txt"), "region: CN\nyear: 2026\nthis is not a calendar\n");
        CalendarUpdates updates = new CalendarUpdates(without2026(), platform.client::calendarFile, store,
                Set.of(Region.CN), platform.clock);

        assertThat(updates.loadStored()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("CN-2026.txt");
            assertThat(e.line()).isEqualTo(3);
        });
        assertThat(updates.current().years(Region.CN)).doesNotContain(2026);
    }

    @Test
    void theDataRemainingMeterFollowsTheDeliveredCalendars(@TempDir Path store) throws Exception {
        CalendarUpdates updates = new CalendarUpdates(without2026(), platform.client::calendarFile, store,
                Set.of(Region.CN), platform.clock);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new CalendarMetrics(updates::current, platform.clock).bindTo(registry);
        Gauge mainland = registry.get("kiosk.calendar.data.remaining").tag("region", "cn").gauge();
        assertThat(mainland.value()).as("2026 has no data yet: the alert's condition").isZero();

        updates.refresh();

        assertThat(mainland.value()).isEqualTo(35);
    }
}

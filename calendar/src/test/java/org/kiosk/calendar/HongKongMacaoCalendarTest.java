package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hong Kong general holidays as gazetted for 2024-2026 (government five-day week), and Macao's public holidays,
 * compensatory days and afternoon closures of public administration for 2024-2026, typed here from the published
 * tables independently of the bundled data files.
 */
class HongKongMacaoCalendarTest {

    private static final WorkingCalendars CALENDARS = WorkingCalendars.bundled();
    private static final WorkingCalendar HK = CALENDARS.of(Region.HK);
    private static final WorkingCalendar MO = CALENDARS.of(Region.MO);

    private static final String[] HK_HOLIDAYS = {
        "2024-01-01", "2024-02-10", "2024-02-12", "2024-02-13", "2024-03-29", "2024-03-30", "2024-04-01",
        "2024-04-04", "2024-05-01", "2024-05-15", "2024-06-10", "2024-07-01", "2024-09-18", "2024-10-01",
        "2024-10-11", "2024-12-25", "2024-12-26",
        "2025-01-01", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04", "2025-04-18", "2025-04-19",
        "2025-04-21", "2025-05-01", "2025-05-05", "2025-05-31", "2025-07-01", "2025-10-01", "2025-10-07",
        "2025-10-29", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-03", "2026-04-04", "2026-04-06",
        "2026-04-07", "2026-05-01", "2026-05-25", "2026-06-19", "2026-07-01", "2026-09-26", "2026-10-01",
        "2026-10-19", "2026-12-25", "2026-12-26",
    };

    /** Public holidays and compensatory days (補假) of Macao public administration. */
    private static final String[] MO_HOLIDAYS = {
        "2024-01-01", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-03-29",
        "2024-03-30", "2024-04-01", "2024-04-04", "2024-05-01", "2024-05-15", "2024-06-10", "2024-09-18",
        "2024-10-01", "2024-10-02", "2024-10-11", "2024-11-02", "2024-11-04", "2024-12-08", "2024-12-09",
        "2024-12-20", "2024-12-21", "2024-12-23", "2024-12-24", "2024-12-25",
        "2025-01-01", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04", "2025-04-18", "2025-04-19",
        "2025-04-21", "2025-05-01", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-02",
        "2025-10-07", "2025-10-29", "2025-11-02", "2025-11-03", "2025-12-08", "2025-12-20", "2025-12-21",
        "2025-12-22", "2025-12-23", "2025-12-24", "2025-12-25",
        "2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-03", "2026-04-04", "2026-04-05",
        "2026-04-06", "2026-04-07", "2026-05-01", "2026-05-24", "2026-05-25", "2026-06-19", "2026-09-26",
        "2026-09-28", "2026-10-01", "2026-10-02", "2026-10-18", "2026-10-19", "2026-11-02", "2026-12-08",
        "2026-12-20", "2026-12-21", "2026-12-22", "2026-12-24", "2026-12-25",
    };

    /** Afternoons of Lunar New Year's Eve and New Year's Eve, when offices close at midday. */
    private static final String[] MO_HALF_DAYS = {
        "2024-02-09", "2024-12-31", "2025-01-28", "2025-12-31", "2026-02-16", "2026-12-31",
    };

    static Stream<LocalDate> hongKongHolidays() {
        return Stream.of(HK_HOLIDAYS).map(LocalDate::parse);
    }

    static Stream<LocalDate> macaoHolidays() {
        return Stream.of(MO_HOLIDAYS).map(LocalDate::parse);
    }

    static Stream<LocalDate> macaoHalfDays() {
        return Stream.of(MO_HALF_DAYS).map(LocalDate::parse);
    }

    @ParameterizedTest
    @MethodSource("hongKongHolidays")
    void everyHongKongGeneralHolidayIsARestDay(LocalDate holiday) {
        assertThat(HK.isWorkingDay(holiday)).isFalse();
        assertThat(HK.entry(holiday)).get().extracting(CalendarEntry::kind).isEqualTo(DayKind.HOLIDAY);
    }

    @ParameterizedTest
    @MethodSource("macaoHolidays")
    void everyMacaoHolidayAndCompensatoryDayIsARestDay(LocalDate holiday) {
        assertThat(MO.isWorkingDay(holiday)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("macaoHalfDays")
    void macaoHalfDaysAreWorkedInTheMorning(LocalDate day) {
        assertThat(MO.isWorkingDay(day)).isTrue();
        assertThat(MO.entry(day)).get().extracting(CalendarEntry::kind).isEqualTo(DayKind.HALF_DAY);
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void hongKongAndMacaoOtherwiseKeepAFiveDayWeek(int year) {
        Set<LocalDate> hk = new HashSet<>(hongKongHolidays().toList());
        Set<LocalDate> mo = new HashSet<>(macaoHolidays().toList());
        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach(day -> {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            assertThat(HK.isWorkingDay(day)).as("HK " + day).isEqualTo(weekday && !hk.contains(day));
            assertThat(MO.isWorkingDay(day)).as("MO " + day).isEqualTo(weekday && !mo.contains(day));
        });
    }

    @Test
    void aHongKongSaturdayIsNotAWorkingDayForGovernmentProcessing() {
        assertThat(HK.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(HK.addWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void everyRegionHasDataFor2024To2026() {
        for (Region region : Region.values()) {
            assertThat(CALENDARS.years(region)).contains(2024, 2025, 2026);
            for (int year = 2024; year <= 2026; year++) {
                CalendarFile file = CALENDARS.file(region, year).orElseThrow();
                assertThat(file.url()).startsWith("http");
                assertThat(file.issuer()).isNotBlank();
            }
        }
    }
}

package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every holiday and make-up working day of the State Council General Office notices for 2024 (国办发明电〔2023〕7号),
 * 2025 (国办发明电〔2024〕12号) and 2026 (published 2025-11-04), typed here from the notices' text, independently of
 * the bundled data files.
 */
class MainlandCalendarTest {

    private static final WorkingCalendar CN = WorkingCalendars.bundled().of(Region.CN);

    /** Holiday periods as the notices state them: first and last day. */
    private static final String[][] HOLIDAYS = {
        // 2024
        {"2024-01-01", "2024-01-01"}, {"2024-02-10", "2024-02-17"}, {"2024-04-04", "2024-04-06"},
        {"2024-05-01", "2024-05-05"}, {"2024-06-10", "2024-06-10"}, {"2024-09-15", "2024-09-17"},
        {"2024-10-01", "2024-10-07"},
        // 2025
        {"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
        {"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
        // 2026
        {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
        {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
        {"2026-10-01", "2026-10-07"},
    };

    /** Make-up working days (上班) as the notices state them. */
    private static final String[] MAKE_UP_WORKING_DAYS = {
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    };

    static Stream<LocalDate> holidays() {
        List<LocalDate> days = new ArrayList<>();
        for (String[] period : HOLIDAYS) {
            LocalDate first = LocalDate.parse(period[0]);
            LocalDate last = LocalDate.parse(period[1]);
            first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
        return days.stream();
    }

    static Stream<LocalDate> makeUpWorkingDays() {
        return Stream.of(MAKE_UP_WORKING_DAYS).map(LocalDate::parse);
    }

    @ParameterizedTest
    @MethodSource("holidays")
    void everyHolidayOfTheNoticesIsARestDay(LocalDate holiday) {
        assertThat(CN.isWorkingDay(holiday)).isFalse();
        assertThat(CN.isProvisional(holiday)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("makeUpWorkingDays")
    void everyMakeUpWorkingDayOfTheNoticesIsWorked(LocalDate day) {
        assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(CN.isWorkingDay(day)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void everyOtherDayFollowsTheWeekdayRule(int year) {
        Set<LocalDate> special = new HashSet<>(holidays().toList());
        special.addAll(makeUpWorkingDays().toList());
        LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> !special.contains(day))
                .forEach(day -> assertThat(CN.isWorkingDay(day)).as(day.toString())
                        .isEqualTo(day.getDayOfWeek().getValue() <= 5));
    }

    @Test
    void theTwoStatutoryDaysAddedFrom2025AreHolidays() {
        // Spring Festival eve became a statutory holiday in 2025; in 2024 the eve (a Friday) was still worked.
        assertThat(CN.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void namesComeFromTheData() {
        assertThat(CN.entry(LocalDate.of(2026, 2, 15))).get().extracting(CalendarEntry::name).isEqualTo("春节");
        assertThat(CN.entry(LocalDate.of(2026, 2, 14))).get().extracting(CalendarEntry::kind)
                .isEqualTo(DayKind.WORKDAY);
    }
}

package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Years without data fall back to the weekday rule, and every answer relying on one says it is provisional. */
class ProvisionalYearTest {

    private static final WorkingCalendars CALENDARS = WorkingCalendars.bundled();
    private static final WorkingCalendar CN = CALENDARS.of(Region.CN);

    @Test
    void aYearWithoutDataFollowsTheWeekdayRuleAndIsProvisional() {
        LocalDate friday = LocalDate.of(2030, 2, 1);
        assertThat(CN.isProvisional(friday)).isTrue();
        assertThat(CN.isWorkingDay(friday)).isTrue();
        assertThat(CN.isWorkingDay(friday.plusDays(1))).isFalse();
        assertThat(CN.plusWorkingDays(friday, 1)).isEqualTo(new WorkingDate(LocalDate.of(2030, 2, 4), true));
        assertThat(CN.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void countingIntoAYearWithoutDataMakesTheAnswerProvisional() {
        WorkingDate within = CN.plusWorkingDays(LocalDate.of(2026, 12, 28), 3);
        assertThat(within).isEqualTo(new WorkingDate(LocalDate.of(2026, 12, 31), false));
        WorkingDate across = CN.plusWorkingDays(LocalDate.of(2026, 12, 28), 4);
        assertThat(across).isEqualTo(new WorkingDate(LocalDate.of(2027, 1, 1), true));
    }

    @Test
    void zeroWorkingDaysIsTheDayItself() {
        assertThat(CN.plusWorkingDays(LocalDate.of(2025, 10, 1), 0))
                .isEqualTo(new WorkingDate(LocalDate.of(2025, 10, 1), false));
    }

    @Test
    void aNegativeOrHugeCountIsRefused() {
        assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2025, 1, 1), WorkingCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysOfDataRemainingCountToTheEndOfTheLastConsecutiveYear() {
        assertThat(CALENDARS.daysOfDataRemaining(Region.CN, LocalDate.of(2026, 11, 27))).isEqualTo(35);
        assertThat(CALENDARS.daysOfDataRemaining(Region.CN, LocalDate.of(2026, 12, 31))).isEqualTo(1);
        assertThat(CALENDARS.daysOfDataRemaining(Region.CN, LocalDate.of(2024, 1, 1))).isEqualTo(366 + 365 + 365);
        assertThat(CALENDARS.daysOfDataRemaining(Region.CN, LocalDate.of(2027, 1, 1))).isZero();
    }

    @Test
    void deliveredDataReplacesTheFallbackForItsYear() throws CalendarDataException {
        CalendarFile delivered = CalendarFile.parse("platform CN/2027", """
                region: CN
                year: 2027
                issuer: test issuer
                title: a delivered calendar
                url: https://example.org/2027
                2027-01-01 holiday 元旦
                """).expect(Region.CN, 2027);
        WorkingCalendars updated = CALENDARS.with(delivered);
        assertThat(updated.years(Region.CN)).contains(2027);
        assertThat(updated.of(Region.CN).isProvisional(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(updated.of(Region.CN).isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(CALENDARS.years(Region.CN)).doesNotContain(2027);
        assertThat(updated.daysOfDataRemaining(Region.CN, LocalDate.of(2026, 12, 31))).isEqualTo(366);
    }
}

package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedDatesTest {

    private final Catalogue catalogue = Catalogue.seeded();
    private final CommittedDates dates = new CommittedDates(new WorkingDays(WorkingCalendars.bundled()));
    private final Centre tianhe = catalogue.centre("GZ-TH-01").orElseThrow();
    /** Residence permit: 15 working days. */
    private final Matter residencePermit = catalogue.matter("1144010600745210662000105001000").orElseThrow();

    private LocalDate committed(String localTime, Matter matter) {
        return dates.committedCompletion(LocalDateTime.parse(localTime).atZone(CommittedDates.CENTRE_ZONE).toInstant(), tianhe, matter);
    }

    @Test
    void countedFromTheDayOfAcceptanceBeforeTheCutOff() {
        // Monday 2026-11-23 10:00: 15 working days later is Monday 2026-12-14
        assertThat(committed("2026-11-23T10:00", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void afterTheCutOffCountedFromTheNextWorkingDay() {
        // Tianhe's cut-off is 16:30: Monday 16:30 and 16:45 count from Tuesday
        assertThat(committed("2026-11-23T16:30", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(committed("2026-11-23T16:45", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 15));
        // Friday evening counts from Monday 2026-11-30
        assertThat(committed("2026-11-27T21:00", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void onADayOffCountedFromTheNextWorkingDay() {
        // Saturday and Sunday both count from Monday 2026-11-30
        assertThat(committed("2026-11-28T09:00", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(committed("2026-11-29T12:00", residencePermit)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void publishedHolidaysAndMakeUpDaysCount() {
        // 2026-09-30, the eve of National Day: 1 to 7 October are holidays, Saturday 10 October is worked
        assertThat(committed("2026-09-30T10:00", residencePermit)).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void aCrossBoundaryMatterCountsInItsRegionsCalendar() {
        // the Hong Kong business registration extract (7 working days) keeps Hong Kong's Christmas holidays
        Matter hongKong = catalogue.matter("1144030000755734602000118090000").orElseThrow();
        assertThat(committed("2026-12-21T10:00", hongKong)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void zeroDaysIsTheDayCountingStarts() {
        Matter sameDay = catalogue.matter("1144010000749982812000110003000").orElseThrow();
        assertThat(committed("2026-11-23T10:00", sameDay)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(committed("2026-11-28T10:00", sameDay)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}

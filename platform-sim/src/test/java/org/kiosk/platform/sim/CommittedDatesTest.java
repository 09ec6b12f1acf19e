package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CommittedDatesTest {

    private final Catalogue catalogue = Catalogue.seeded();
    private final CommittedDates dates = new CommittedDates(new WorkingDays());
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
        // Tianhe's cut-off is 16:30: Monday 16:45 counts from Tuesday
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
    void zeroDaysIsTheDayCountingStarts() {
        Matter sameDay = catalogue.matter("1144010000749982812000110003000").orElseThrow();
        assertThat(committed("2026-11-23T10:00", sameDay)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(committed("2026-11-28T10:00", sameDay)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}

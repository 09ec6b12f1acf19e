package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommittedDatesTest {

    private static final WorkingCalendars CALENDARS = WorkingCalendars.bundled();
    private static final LocalTime CUTOFF = LocalTime.of(17, 0);

    private static Instant at(Region region, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(region.zone()).toInstant();
    }

    @ParameterizedTest(name = "{0} {1} + {2} working days: counts from {3}, due {4}")
    @CsvSource(textBlock = """
            # the eve of National Day 2025, after the cut-off: counts from 9 October, and Saturday 11 October is worked
            CN, 2025-09-30T22:00, 5, 2025-10-09, 2025-10-15, true,  false
            # the same, before the cut-off
            CN, 2025-09-30T10:00, 5, 2025-09-30, 2025-10-14, false, false
            # Spring Festival 2025 starts on its eve (28 January); Saturday 8 February is worked
            CN, 2025-01-27T18:00, 3, 2025-02-05, 2025-02-08, true,  false
            # Spring Festival 2026: Saturday 14 February is worked, 15-23 February are not
            CN, 2026-02-13T10:00, 3, 2026-02-13, 2026-02-25, false, false
            # Spring Festival 2024: the eve (9 February) was still a working day
            CN, 2024-02-08T17:30, 1, 2024-02-09, 2024-02-18, true,  false
            # cut-off: a minute before counts the same day, the cut-off itself the next working day
            CN, 2025-03-12T16:59, 1, 2025-03-12, 2025-03-13, false, false
            CN, 2025-03-12T17:00, 1, 2025-03-13, 2025-03-14, true,  false
            # accepted on a Saturday morning: counts from Monday
            CN, 2025-03-15T10:00, 1, 2025-03-17, 2025-03-18, true,  false
            # into 2027, a year without mainland data: an estimate by the weekday rule
            CN, 2026-12-30T10:00, 5, 2026-12-30, 2027-01-06, false, true
            # Hong Kong Easter and Ching Ming 2026: 3-7 April are all rest days
            HK, 2026-04-02T18:00, 2, 2026-04-08, 2026-04-10, true,  false
            # Macao's Lunar New Year's Eve 2026: the afternoon is closed but the day counts
            MO, 2026-02-16T10:00, 1, 2026-02-16, 2026-02-20, false, false
            """)
    void committedDates(Region region, String accepted, int days, LocalDate countsFrom, LocalDate due,
                        boolean nextWorkingDay, boolean provisional) {
        Commitment c = CommittedDates.commit(CALENDARS.of(region), at(region, accepted), CUTOFF, days);
        assertThat(c.countsFrom()).isEqualTo(countsFrom);
        assertThat(c.completionDate()).isEqualTo(due);
        assertThat(c.countedFromNextWorkingDay()).isEqualTo(nextWorkingDay);
        assertThat(c.provisional()).isEqualTo(provisional);
        assertThat(c.acceptedAt().getZone()).isEqualTo(region.zone());
    }

    @Test
    void theAcceptanceInstantIsReadInTheRegionsZone() {
        // 08:30Z is 16:30 in Shanghai, before the cut-off; 09:00Z is 17:00 there, the cut-off itself.
        Commitment c = CommittedDates.commit(CALENDARS.of(Region.CN), Instant.parse("2025-09-30T08:30:00Z"), CUTOFF, 1);
        assertThat(c.countsFrom()).isEqualTo(LocalDate.of(2025, 9, 30));
        Commitment late = CommittedDates.commit(CALENDARS.of(Region.CN), Instant.parse("2025-09-30T09:00:00Z"), CUTOFF, 1);
        assertThat(late.countsFrom()).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void withTheCentresHoursProcessingStartsAtTheFirstSessionOfTheDayItCountsFrom() throws HoursConfigException {
        ServiceCentre centre = new ServiceCentre(ServiceCentreHours.fromProperties(Map.of(
                "region", "CN", "working-days", "09:00-12:00,13:30-17:30", "cutoff", "17:00")), CALENDARS);
        Commitment eve = CommittedDates.commit(centre, at(Region.CN, "2025-09-30T22:00"), 5);
        assertThat(eve.processingStarts()).isEqualTo(ZonedDateTime.of(2025, 10, 9, 9, 0, 0, 0, Region.CN.zone()));
        assertThat(eve.completionDate()).isEqualTo(LocalDate.of(2025, 10, 15));

        Commitment duringHours = CommittedDates.commit(centre, at(Region.CN, "2025-09-30T10:15"), 5);
        assertThat(duringHours.processingStarts()).isEqualTo(duringHours.acceptedAt());

        Commitment atLunch = CommittedDates.commit(centre, at(Region.CN, "2025-09-30T12:30"), 5);
        assertThat(atLunch.processingStarts()).isEqualTo(ZonedDateTime.of(2025, 9, 30, 13, 30, 0, 0, Region.CN.zone()));

        Commitment early = CommittedDates.commit(centre, at(Region.CN, "2025-09-30T06:00"), 5);
        assertThat(early.processingStarts()).isEqualTo(ZonedDateTime.of(2025, 9, 30, 9, 0, 0, 0, Region.CN.zone()));
        assertThat(early.countedFromNextWorkingDay()).isFalse();
    }
}

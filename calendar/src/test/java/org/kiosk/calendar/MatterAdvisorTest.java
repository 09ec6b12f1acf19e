package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The answer a citizen gets at 22:00 on the eve of National Day, and at other awkward moments. */
class MatterAdvisorTest {

    private static final WorkingCalendars CALENDARS = WorkingCalendars.bundled();
    private static final MatterTerms AFTER_HOURS = new MatterTerms("440100-001", 5, true);
    private static final MatterTerms COUNTER_HOURS_ONLY = new MatterTerms("440100-002", 5, false);

    private static ZonedDateTime cn(String local) {
        return LocalDateTime.parse(local).atZone(Region.CN.zone());
    }

    private static MatterAdvisor advisor(KioskHours kiosk) throws HoursConfigException {
        return new MatterAdvisor(new ServiceCentre(ServiceCentreHours.fromProperties(ServiceCentreTest.GUANGZHOU),
                CALENDARS), kiosk);
    }

    @Test
    void atTenOnTheEveOfNationalDayAnAfterHoursMatterIsAcceptedAndQueued() throws HoursConfigException {
        MatterAnswer answer = advisor(KioskHours.roundTheClock()).answer(AFTER_HOURS, cn("2025-09-30T22:00").toInstant());
        assertThat(answer.acceptedNow()).isTrue();
        assertThat(answer.acceptedFrom()).isEmpty();
        Commitment commitment = answer.commitment().orElseThrow();
        assertThat(commitment.processingStarts()).isEqualTo(cn("2025-10-09T09:00"));
        assertThat(commitment.completionDate()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(answer.provisional()).isFalse();
        assertThat(answer.counterOpenNow()).isFalse();
        assertThat(answer.counterNextOpening()).contains(cn("2025-10-03T09:00"));
    }

    @Test
    void aCounterHoursMatterWaitsForTheCounter() throws HoursConfigException {
        MatterAnswer answer = advisor(KioskHours.roundTheClock())
                .answer(COUNTER_HOURS_ONLY, cn("2025-09-30T22:00").toInstant());
        assertThat(answer.acceptedNow()).isFalse();
        assertThat(answer.acceptedFrom()).contains(cn("2025-10-03T09:00"));
        // accepted on the holiday duty morning, it still counts from the first working day after the holiday
        assertThat(answer.commitment().orElseThrow().countsFrom()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(answer.commitment().orElseThrow().completionDate()).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void aKioskInAClosedBuildingAcceptsWhenItReopens() throws HoursConfigException {
        KioskHours building = KioskHours.parse("kiosk.hours", "08:00-20:00");
        MatterAnswer answer = advisor(building).answer(AFTER_HOURS, cn("2025-09-30T22:00").toInstant());
        assertThat(answer.acceptedNow()).isFalse();
        assertThat(answer.acceptedFrom()).contains(cn("2025-10-01T08:00"));
        assertThat(answer.commitment().orElseThrow().completionDate()).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void duringCounterHoursEverythingHappensNow() throws HoursConfigException {
        MatterAnswer answer = advisor(KioskHours.roundTheClock())
                .answer(COUNTER_HOURS_ONLY, cn("2025-03-12T10:00").toInstant());
        assertThat(answer.acceptedNow()).isTrue();
        assertThat(answer.counterOpenNow()).isTrue();
        assertThat(answer.counterNextOpening()).contains(cn("2025-03-12T10:00"));
        assertThat(answer.commitment().orElseThrow().processingStarts()).isEqualTo(cn("2025-03-12T10:00"));
        assertThat(answer.commitment().orElseThrow().completionDate()).isEqualTo(LocalDate.of(2025, 3, 19));
    }

    @Test
    void anAnswerRelyingOnAYearWithoutDataIsProvisional() throws HoursConfigException {
        MatterAnswer answer = advisor(KioskHours.roundTheClock()).answer(AFTER_HOURS, cn("2026-12-30T22:00").toInstant());
        assertThat(answer.provisional()).isTrue();
    }
}

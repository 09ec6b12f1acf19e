package org.kiosk.calendar;

import java.time.Duration;
import java.time.Instant;

/** What checking in for an appointment gives, for the UI to say. */
public sealed interface CheckInOutcome {

    /** Too early: check-in opens at {@code comeBackAt}. */
    record TooEarly(Instant comeBackAt) implements CheckInOutcome {
    }

    /** On time: checked in. */
    record OnTime() implements CheckInOutcome {
    }

    /** After the slot started but within the grace period: checked in, {@code late} behind. */
    record LateWithinGrace(Duration late) implements CheckInOutcome {
    }

    /** Past the grace period: the appointment is lost; rebook or take a queue ticket. */
    record TooLate(Duration late) implements CheckInOutcome {
    }
}

package org.kiosk.app.appointments;

import org.kiosk.calendar.CheckInOutcome;
import org.kiosk.platform.model.Appointment;

/** What checking in with a scanned or typed code gave, for the check-in screen to say. */
public sealed interface CheckInResult {

    /**
     * The check-in window's verdict; {@code appointment} is the platform's record, checked in exactly when the
     * outcome is {@link CheckInOutcome.OnTime} or {@link CheckInOutcome.LateWithinGrace}.
     */
    record Decided(CheckInOutcome outcome, Appointment appointment) implements CheckInResult {
        public boolean checkedIn() {
            return outcome instanceof CheckInOutcome.OnTime || outcome instanceof CheckInOutcome.LateWithinGrace;
        }
    }

    /** Not an appointment code this kiosk can use (another kind, forged, expired, another centre's); never acted on. */
    record Unusable(String reason) implements CheckInResult {
    }

    /** The platform refused the check-in (cancelled, already checked in, unknown code); {@code code} is its problem code. */
    record Refused(String code) implements CheckInResult {
    }

    /** The platform could not be reached: the citizen goes to the counter. */
    record Unavailable() implements CheckInResult {
    }
}

package org.kiosk.calendar;

import java.util.Objects;

/**
 * What the calendar needs to know of a matter.
 *
 * @param matterCode           the platform's code of the matter
 * @param committedWorkingDays the working days the service commits to
 * @param afterHoursAcceptance whether the kiosk may accept it while the counter is closed (queued for staff)
 */
public record MatterTerms(String matterCode, int committedWorkingDays, boolean afterHoursAcceptance) {
    public MatterTerms {
        Objects.requireNonNull(matterCode, "matterCode");
        if (committedWorkingDays < 0 || committedWorkingDays > WorkingCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("committed working days out of range: " + committedWorkingDays);
        }
    }
}

package org.kiosk.platform.sim;

import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The committed completion date of an application: the matter's committed working days in its calendar region, counted
 * from the day of acceptance, or from the next working day when it was accepted at or after the centre's cut-off time
 * or on a day that is not a working day (the calendar module's rule, {@link org.kiosk.calendar.CommittedDates}).
 */
final class CommittedDates {

    /** Guangdong's centres keep mainland time; slots and cut-offs are local times there. */
    static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;

    CommittedDates(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    LocalDate committedCompletion(Instant acceptedAt, Centre centre, Matter matter) {
        return org.kiosk.calendar.CommittedDates.commit(workingDays.of(matter.calendarRegion()), acceptedAt, LocalTime.parse(centre.cutOff()),
                matter.committedWorkingDays()).completionDate();
    }
}

package org.kiosk.platform.sim;

import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The committed completion date of an application: the matter's committed working days in its calendar region, counted
 * from the day of acceptance, or from the next working day when it was accepted after the centre's cut-off time or on a
 * day that is not a working day.
 */
final class CommittedDates {

    /** Guangdong, Hong Kong and Macao all keep UTC+8; the centres' times are local times there. */
    static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;

    CommittedDates(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    LocalDate committedCompletion(Instant acceptedAt, Centre centre, Matter matter) {
        LocalDateTime local = LocalDateTime.ofInstant(acceptedAt, CENTRE_ZONE);
        LocalDate start = local.toLocalDate();
        boolean afterCutOff = local.toLocalTime().isAfter(LocalTime.parse(centre.cutOff()));
        if (afterCutOff || !workingDays.isWorkingDay(matter.calendarRegion(), start)) {
            start = workingDays.addWorkingDays(matter.calendarRegion(), start, 1);
        }
        return workingDays.addWorkingDays(matter.calendarRegion(), start, matter.committedWorkingDays());
    }
}

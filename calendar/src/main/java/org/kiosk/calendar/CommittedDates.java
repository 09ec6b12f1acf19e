package org.kiosk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Committed completion dates. A matter committed to N working days and accepted on a working day before the
 * cut-off is due N working days after that day (the day of acceptance itself is not counted); accepted after the
 * cut-off, or on a non-working day, it counts as accepted on the next working day.
 */
public final class CommittedDates {

    private CommittedDates() {
    }

    /**
     * The commitment for a matter accepted at {@code acceptedAt} by a service centre with its hours and cut-off;
     * processing starts at the acceptance if the counter is open then, else at the counter's first session of the
     * day the acceptance counts from.
     */
    public static Commitment commit(ServiceCentre centre, Instant acceptedAt, int workingDays) {
        Commitment dated = commit(centre.calendar(), acceptedAt, centre.hours().acceptanceCutoff(), workingDays);
        if (centre.isCounterOpen(acceptedAt) && !dated.countedFromNextWorkingDay()) {
            return dated;
        }
        LocalTime notBefore = dated.countedFromNextWorkingDay() ? LocalTime.MIN : dated.acceptedAt().toLocalTime();
        ZonedDateTime starts = dated.processingStarts();
        for (Session session : centre.sessionsOn(dated.countsFrom())) {
            if (!session.opens().isBefore(notBefore)) {
                starts = dated.countsFrom().atTime(session.opens()).atZone(centre.zone());
                break;
            }
        }
        return new Commitment(dated.acceptedAt(), dated.countsFrom(), dated.countedFromNextWorkingDay(), starts,
                dated.completionDate(), dated.provisional());
    }

    /**
     * The commitment from the calendar and cut-off alone (what the platform computes): processing is taken to
     * start at the acceptance, or at the start of the day it counts from.
     */
    public static Commitment commit(WorkingCalendar calendar, Instant acceptedAt, LocalTime cutoff, int workingDays) {
        ZonedDateTime accepted = acceptedAt.atZone(calendar.region().zone());
        LocalDate day = accepted.toLocalDate();
        boolean late = !accepted.toLocalTime().isBefore(cutoff);
        boolean provisional = calendar.isProvisional(day);
        WorkingDate countsFrom;
        if (calendar.isWorkingDay(day) && !late) {
            countsFrom = new WorkingDate(day, provisional);
        } else {
            countsFrom = calendar.workingDayOnOrAfter(day.plusDays(1));
        }
        WorkingDate due = calendar.plusWorkingDays(countsFrom.date(), workingDays);
        boolean moved = !countsFrom.date().equals(day);
        ZonedDateTime starts = moved ? countsFrom.date().atStartOfDay(accepted.getZone()) : accepted;
        return new Commitment(accepted, countsFrom.date(), moved, starts, due.date(),
                provisional || countsFrom.provisional() || due.provisional());
    }
}

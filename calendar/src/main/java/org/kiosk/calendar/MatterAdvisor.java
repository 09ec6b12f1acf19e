package org.kiosk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers "can I apply now, when will staff process it, and by when will it be done?" for a kiosk in a service
 * centre. A matter that allows after-hours acceptance is accepted whenever the kiosk is in service; any other
 * only while the counter is open too.
 */
public final class MatterAdvisor {

    private final ServiceCentre centre;
    private final KioskHours kioskHours;

    public MatterAdvisor(ServiceCentre centre, KioskHours kioskHours) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.kioskHours = Objects.requireNonNull(kioskHours, "kioskHours");
    }

    public MatterAnswer answer(MatterTerms matter, Instant instant) {
        ZonedDateTime now = instant.atZone(centre.zone());
        boolean counterOpen = centre.isCounterOpen(instant);
        boolean accepted = kioskHours.isOpen(now.toLocalTime()) && (matter.afterHoursAcceptance() || counterOpen);
        Optional<ZonedDateTime> acceptedFrom = accepted ? Optional.empty() : nextAcceptance(matter, now);
        Optional<Commitment> commitment = accepted
                ? Optional.of(CommittedDates.commit(centre, instant, matter.committedWorkingDays()))
                : acceptedFrom.map(t -> CommittedDates.commit(centre, t.toInstant(), matter.committedWorkingDays()));
        return new MatterAnswer(now, accepted, acceptedFrom, commitment, counterOpen, centre.nextOpening(instant));
    }

    /** The first instant after {@code now} when the kiosk is in service and, unless after hours, the counter too. */
    private Optional<ZonedDateTime> nextAcceptance(MatterTerms matter, ZonedDateTime now) {
        for (int offset = 0; offset <= ServiceCentre.SEARCH_DAYS; offset++) {
            LocalDate date = now.toLocalDate().plusDays(offset);
            List<Session> counter = matter.afterHoursAcceptance() ? kioskHours.daily() : centre.sessionsOn(date);
            for (Session open : counter) {
                for (Session kiosk : kioskHours.daily()) {
                    ZonedDateTime from = later(date.atTime(later(open.opens(), kiosk.opens())).atZone(now.getZone()), now);
                    ZonedDateTime until = date.atTime(earlier(open.closes(), kiosk.closes())).atZone(now.getZone());
                    if (from.isBefore(until)) {
                        return Optional.of(from);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}

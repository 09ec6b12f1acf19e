package org.kiosk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A service centre's counter: its configured hours read against its region's working-day calendar. */
public final class ServiceCentre {

    /** How far ahead {@link #nextOpening} looks before it concludes the counter never opens. */
    static final int SEARCH_DAYS = 400;

    private final ServiceCentreHours hours;
    private final WorkingCalendar calendar;

    public ServiceCentre(ServiceCentreHours hours, WorkingCalendars calendars) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.calendar = calendars.of(hours.region());
    }

    public ServiceCentreHours hours() {
        return hours;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return hours.region().zone();
    }

    /** The counter sessions of {@code date} in the centre's zone. */
    public List<Session> sessionsOn(LocalDate date) {
        return hours.sessionsOn(calendar, date);
    }

    public boolean isCounterOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone());
        return sessionsOn(local.toLocalDate()).stream().anyMatch(s -> s.contains(local.toLocalTime()));
    }

    /**
     * When the counter is next open: {@code instant} itself if it is open then, else the start of the next
     * session; empty if no session opens within {@value #SEARCH_DAYS} days.
     */
    public Optional<ZonedDateTime> nextOpening(Instant instant) {
        ZonedDateTime now = instant.atZone(zone());
        for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
            LocalDate date = now.toLocalDate().plusDays(offset);
            for (Session session : sessionsOn(date)) {
                ZonedDateTime opens = date.atTime(session.opens()).atZone(zone());
                ZonedDateTime closes = date.atTime(session.closes()).atZone(zone());
                if (!now.isBefore(closes)) {
                    continue;
                }
                return Optional.of(now.isBefore(opens) ? opens : now);
            }
        }
        return Optional.empty();
    }
}

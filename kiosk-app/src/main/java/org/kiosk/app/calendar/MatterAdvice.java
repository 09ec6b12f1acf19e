package org.kiosk.app.calendar;

import org.kiosk.calendar.KioskHours;
import org.kiosk.calendar.MatterAdvisor;
import org.kiosk.calendar.MatterAnswer;
import org.kiosk.calendar.ServiceCentre;
import org.kiosk.calendar.WorkingCalendars;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the kiosk tells a citizen about a matter right now: accepted now or not, when staff processing starts, the
 * committed date (an estimate when it relies on a year without calendar data) and the counter's next opening. Read
 * against the calendars in use at the moment of asking, so a newly delivered calendar counts at once.
 */
public final class MatterAdvice {

    private final CentreSettings centre;
    private final Supplier<WorkingCalendars> calendars;
    private final Clock clock;

    public MatterAdvice(CentreSettings centre, Supplier<WorkingCalendars> calendars, Clock clock) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The answer for the catalogue's matter {@code matterId} now. */
    public MatterAnswer answer(String matterId) {
        return answer(matterId, clock.instant());
    }

    public MatterAnswer answer(String matterId, Instant at) {
        KioskHours kioskHours = centre.kioskHours();
        MatterAdvisor advisor = new MatterAdvisor(new ServiceCentre(centre.hours(), calendars.get()), kioskHours);
        return advisor.answer(centre.terms(matterId), at);
    }

    public CentreSettings centre() {
        return centre;
    }
}

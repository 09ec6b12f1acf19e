package org.kiosk.app.calendar;

import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.PlatformTerms;
import org.kiosk.calendar.Commitment;
import org.kiosk.calendar.KioskHours;
import org.kiosk.calendar.MatterAdvisor;
import org.kiosk.calendar.MatterAnswer;
import org.kiosk.calendar.MatterTerms;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.ServiceCentre;
import org.kiosk.calendar.WorkingCalendar;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.calendar.WorkingDate;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The answer for {@code matter} now: with the platform catalogue's terms (committed working days, after-hours
     * acceptance, calendar region) unless {@code kiosk.centre.matters.<id>} lists the matter (its implementation code in
     * lower case, as configuration keys are); a bundled matter has the centre's terms.
     */
    public MatterAnswer answer(Matter matter) {
        return answer(matter, clock.instant());
    }

    public MatterAnswer answer(Matter matter, Instant at) {
        Optional<PlatformTerms> platform = matter.terms();
        String configured = matter.id().toLowerCase(Locale.ROOT);
        if (platform.isEmpty() || centre.matters().containsKey(matter.id())) {
            return answer(matter.id(), at);
        }
        if (centre.matters().containsKey(configured)) {
            return answer(configured, at);
        }
        PlatformTerms terms = platform.get();
        WorkingCalendars in = calendars.get();
        MatterAdvisor advisor = new MatterAdvisor(new ServiceCentre(centre.hours(), in), centre.kioskHours());
        MatterAnswer answer = advisor.answer(new MatterTerms(matter.id(), terms.committedWorkingDays(), terms.afterHoursAcceptance()), at);
        Region region = Region.valueOf(terms.calendarRegion().name());
        if (region == centre.hours().region() || answer.commitment().isEmpty()) {
            return answer;
        }
        return new MatterAnswer(answer.now(), answer.acceptedNow(), answer.acceptedFrom(),
                answer.commitment().map(c -> countedIn(in.of(region), c, terms.committedWorkingDays())),
                answer.counterOpenNow(), answer.counterNextOpening());
    }

    /**
     * A commitment whose working days are counted in another region's calendar (a cross-boundary matter handled by Hong
     * Kong or Macao offices): from the first of its working days on or after the day the centre counts from.
     */
    private static Commitment countedIn(WorkingCalendar calendar, Commitment centreCommitment, int workingDays) {
        WorkingDate from = calendar.workingDayOnOrAfter(centreCommitment.countsFrom());
        WorkingDate due = calendar.plusWorkingDays(from.date(), workingDays);
        return new Commitment(centreCommitment.acceptedAt(), centreCommitment.countsFrom(), centreCommitment.countedFromNextWorkingDay(),
                centreCommitment.processingStarts(), due.date(), centreCommitment.provisional() || from.provisional() || due.provisional());
    }

    public CentreSettings centre() {
        return centre;
    }
}

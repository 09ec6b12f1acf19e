package org.kiosk.platform.sim;

import org.kiosk.calendar.WorkingCalendar;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.platform.model.CalendarData;
import org.kiosk.platform.model.Region;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which days are working days in a region: the published calendars bundled with the calendar module, and the plain
 * Monday-to-Friday rule (provisional) for years without data.
 */
final class WorkingDays {

    private final WorkingCalendars calendars;

    WorkingDays(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    WorkingCalendar of(Region region) {
        return calendars.of(org.kiosk.calendar.Region.valueOf(region.name()));
    }

    boolean isWorkingDay(Region region, LocalDate day) {
        return of(region).isWorkingDay(day);
    }

    CalendarData.Source source(Region region, int year) {
        return publishedText(region, year).isPresent() ? CalendarData.Source.PUBLISHED : CalendarData.Source.WEEKDAY_RULE;
    }

    boolean isProvisional(Region region, int year) {
        return of(region).isProvisional(LocalDate.of(year, 1, 1));
    }

    /** The published calendar file's text, as the calendar module's parser reads it, when the year has data. */
    Optional<String> publishedText(Region region, int year) {
        return calendars.file(org.kiosk.calendar.Region.valueOf(region.name()), year).map(f -> f.text());
    }
}

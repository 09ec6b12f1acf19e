package org.kiosk.platform.sim;

import org.kiosk.platform.model.CalendarData;
import org.kiosk.platform.model.Region;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days in a region. The plain weekday rule (Monday to Friday), which is also the calendar
 * module's own rule for years without published data; this is the one place that changes when published calendars
 * are used.
 */
final class WorkingDays {

    boolean isWorkingDay(Region region, LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} ({@code day} itself when {@code n} is 0). */
    LocalDate addWorkingDays(Region region, LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(region, d)) {
                left--;
            }
        }
        return d;
    }

    CalendarData.Source source(Region region, int year) {
        return CalendarData.Source.WEEKDAY_RULE;
    }

    boolean isProvisional(Region region, int year) {
        return true;
    }
}

package org.kiosk.platform.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A region's working days for one year, as the days that differ from Monday to Friday.
 *
 * @param holidays           Monday-to-Friday days that are not working days
 * @param workingWeekendDays Saturdays and Sundays that are working days
 */
public record CalendarData(Region region, int year, Source source, boolean provisional, List<LocalDate> holidays,
                           List<LocalDate> workingWeekendDays) {

    public enum Source {
        /** from the government's published arrangement */
        PUBLISHED,
        /** no published data: Monday to Friday */
        WEEKDAY_RULE
    }
}

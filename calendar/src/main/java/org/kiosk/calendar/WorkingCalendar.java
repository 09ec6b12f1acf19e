package org.kiosk.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The working days of one region. Saturdays and Sundays are rest days (the mainland, Hong Kong government
 * offices and Macao public administration all keep a five-day week) unless the year's data makes one a make-up
 * working day; the data's holidays are rest days. A year without data follows the plain Monday-to-Friday rule
 * and every answer relying on it is provisional.
 */
public interface WorkingCalendar {

    /** The largest number of working days {@link #addWorkingDays} counts: more is a caller's mistake. */
    int MAX_WORKING_DAYS = 3660;

    Region region();

    boolean isWorkingDay(LocalDate date);

    /** Whether {@code date} lies in a year without calendar data, where the plain weekday rule stands in. */
    boolean isProvisional(LocalDate date);

    /**
     * The date {@code n} working days after {@code from}, not counting {@code from} itself; {@code from} when
     * {@code n} is 0.
     *
     * @throws IllegalArgumentException if {@code n} is negative or larger than {@link #MAX_WORKING_DAYS}
     */
    default LocalDate addWorkingDays(LocalDate from, int n) {
        return plusWorkingDays(from, n).date();
    }

    /** As {@link #addWorkingDays}, telling whether any day counted lay in a year without data. */
    WorkingDate plusWorkingDays(LocalDate from, int n);

    /** The first working day on or after {@code date}, provisional if it relied on a year without data. */
    WorkingDate workingDayOnOrAfter(LocalDate date);

    /** What the data says about {@code date}: a holiday, make-up working day or half-day closure, with its name. */
    Optional<CalendarEntry> entry(LocalDate date);
}

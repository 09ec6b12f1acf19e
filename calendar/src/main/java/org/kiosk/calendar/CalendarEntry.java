package org.kiosk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One dated line of a calendar data file: a holiday, a make-up working day or a half-day closure, with its name. */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}

package org.kiosk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date computed from a working-day calendar, and whether it relied on a year without calendar data (where the
 * plain Monday-to-Friday rule stood in): a provisional date is an estimate and the UI says so.
 */
public record WorkingDate(LocalDate date, boolean provisional) {
    public WorkingDate {
        Objects.requireNonNull(date, "date");
    }
}

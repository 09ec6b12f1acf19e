package org.kiosk.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the kiosk commits to for a matter accepted at a given instant.
 *
 * @param acceptedAt                when the application was accepted, in the region's zone
 * @param countsFrom                the working day the acceptance counts as made on: the day itself, or the next
 *                                  working day when accepted after the cut-off or on a non-working day
 * @param countedFromNextWorkingDay whether acceptance counts from the next working day (after the cut-off, or
 *                                  on a non-working day)
 * @param processingStarts          when staff processing starts: the acceptance itself during counter hours of
 *                                  {@code countsFrom}, else the counter's first opening on {@code countsFrom}
 * @param completionDate            the committed completion date: {@code countsFrom} plus the matter's working days
 * @param provisional               whether any day counted lies in a year without calendar data (an estimate)
 */
public record Commitment(
        ZonedDateTime acceptedAt,
        LocalDate countsFrom,
        boolean countedFromNextWorkingDay,
        ZonedDateTime processingStarts,
        LocalDate completionDate,
        boolean provisional) {

    public Commitment {
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(processingStarts, "processingStarts");
        Objects.requireNonNull(completionDate, "completionDate");
    }
}

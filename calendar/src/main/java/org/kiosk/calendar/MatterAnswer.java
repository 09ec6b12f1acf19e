package org.kiosk.calendar;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kiosk tells a citizen about a matter right now; the UI turns it into words.
 *
 * @param now                when the question was asked, in the region's zone
 * @param acceptedNow        whether the kiosk accepts the application now
 * @param acceptedFrom       when the kiosk will accept it, if not now; empty if it never will within the search
 * @param commitment         the commitment for acceptance now, or at {@code acceptedFrom}; empty if neither
 * @param counterOpenNow     whether counter service is available now (the offline alternative)
 * @param counterNextOpening when the counter next opens ({@code now} if open); empty if it never does
 */
public record MatterAnswer(
        ZonedDateTime now,
        boolean acceptedNow,
        Optional<ZonedDateTime> acceptedFrom,
        Optional<Commitment> commitment,
        boolean counterOpenNow,
        Optional<ZonedDateTime> counterNextOpening) {

    public MatterAnswer {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(acceptedFrom, "acceptedFrom");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(counterNextOpening, "counterNextOpening");
    }

    /** Whether the committed date is an estimate (it relied on a year without calendar data). */
    public boolean provisional() {
        return commitment.map(Commitment::provisional).orElse(false);
    }
}

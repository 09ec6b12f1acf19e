package org.kiosk.platform.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock shifted by an offset the test sets: time still passes, from wherever the test moved it. */
final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock so that it reads {@code at} now. */
    void moveTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}

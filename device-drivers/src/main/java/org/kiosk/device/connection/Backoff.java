package org.kiosk.device.connection;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff between reconnection attempts, with jitter so a fleet of kiosks recovering from
 * one outage does not retry in lockstep.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public synchronized Duration nextDelay() {
        Duration d = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        long jitter = d.toMillis() / 5;
        return jitter == 0 ? d : d.plusMillis(ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
    }

    /** After a successful connection, start again from the initial delay. */
    public synchronized void reset() {
        next = initial;
    }
}

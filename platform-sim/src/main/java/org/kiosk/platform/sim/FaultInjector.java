package org.kiosk.platform.sim;

import org.kiosk.platform.model.FaultSettings;

import java.time.Duration;
import java.util.Random;

/**
 * The simulator's fault injection, changed at run time through {@code /admin/faults}. Each {@code /api/v1} request
 * draws its fate from one seeded random sequence, in arrival order: the same seed and the same sequence of requests
 * give the same faults.
 */
final class FaultInjector {

    /** What happens to one request. */
    enum Fate { NORMAL, ERROR, UNAVAILABLE, DROP }

    record Decision(Fate fate, Duration latency, int retryAfterSeconds) {
    }

    /** How long a held application waits at most, so a forgotten hold cannot keep a request forever. */
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(5);

    private FaultSettings settings = FaultSettings.NONE;
    private Random random = new Random(0);

    synchronized FaultSettings settings() {
        return settings;
    }

    /** Replaces the settings and restarts the random sequence from their seed; releases held applications when the hold ends. */
    synchronized void configure(FaultSettings newSettings) {
        settings = newSettings;
        random = new Random(newSettings.seed());
        notifyAll();
    }

    synchronized Decision decide() {
        double draw = random.nextDouble();
        Fate fate;
        if (draw < settings.errorRate()) {
            fate = Fate.ERROR;
        } else if (draw < settings.errorRate() + settings.unavailableRate()) {
            fate = Fate.UNAVAILABLE;
        } else if (draw < settings.errorRate() + settings.unavailableRate() + settings.dropRate()) {
            fate = Fate.DROP;
        } else {
            fate = Fate.NORMAL;
        }
        return new Decision(fate, Duration.ofMillis(settings.latencyMillis()), settings.retryAfterSeconds());
    }

    /** Waits while applications are held (see {@link FaultSettings#holdApplications()}). */
    synchronized void awaitApplicationRelease() throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        while (settings.holdApplications()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Why settings are unusable, or null when they are fine. */
    static String problem(FaultSettings s) {
        if (s.latencyMillis() < 0 || s.latencyMillis() > 60_000) {
            return "latencyMillis must be 0 to 60000";
        }
        for (double rate : new double[]{s.errorRate(), s.unavailableRate(), s.dropRate()}) {
            if (!(rate >= 0 && rate <= 1)) {
                return "errorRate, unavailableRate and dropRate must each be 0 to 1";
            }
        }
        if (s.errorRate() + s.unavailableRate() + s.dropRate() > 1) {
            return "errorRate + unavailableRate + dropRate must not exceed 1";
        }
        if (s.retryAfterSeconds() < 0) {
            return "retryAfterSeconds must not be negative";
        }
        return null;
    }
}

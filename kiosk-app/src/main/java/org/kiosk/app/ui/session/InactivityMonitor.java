package org.kiosk.app.ui.session;

import java.time.Duration;

/**
 * The visit's inactivity timer (WCAG 2.2.1). After {@code idleBeforeWarning} without a touch it warns and counts
 * {@code warningCountdown} down; one touch on "extend" restarts it, at most {@code maxExtensions} times a visit; when
 * the countdown runs out the visit expires. It only reads its {@link UiClock} in {@link #tick()}, which the screen's
 * timer (or a test) calls; everything runs on the thread that calls it.
 */
public final class InactivityMonitor {

    public enum Phase {
        /** No visit in progress. */
        IDLE,
        ACTIVE,
        WARNING,
        EXPIRED
    }

    /** What the screens do at each change. */
    public interface Listener {

        void warningStarted(Duration remaining, int extensionsLeft);

        void countdown(Duration remaining);

        void warningCleared();

        void expired();
    }

    private final UiClock clock;
    private final long idleNanos;
    private final long countdownNanos;
    private final int maxExtensions;
    private final Listener listener;

    private Phase phase = Phase.IDLE;
    private long lastActivity;
    private long warningSince;
    private long lastSecondShown;
    private int extensions;

    public InactivityMonitor(UiClock clock, Duration idleBeforeWarning, Duration warningCountdown, int maxExtensions,
            Listener listener) {
        this.clock = clock;
        this.idleNanos = idleBeforeWarning.toNanos();
        this.countdownNanos = warningCountdown.toNanos();
        this.maxExtensions = maxExtensions;
        this.listener = listener;
    }

    /** A visit begins: the timer runs, with all extensions available. */
    public void start() {
        phase = Phase.ACTIVE;
        extensions = 0;
        lastActivity = clock.nanos();
    }

    /** The visit ended some other way: the timer stops. */
    public void stop() {
        boolean warning = phase == Phase.WARNING;
        phase = Phase.IDLE;
        if (warning) {
            listener.warningCleared();
        }
    }

    /** The citizen touched the screen: the idle time starts again (not during the warning: that needs "extend"). */
    public void activity() {
        if (phase == Phase.ACTIVE) {
            lastActivity = clock.nanos();
        }
    }

    /** The citizen asked for more time; false when not warning or no extension is left. */
    public boolean extend() {
        if (phase != Phase.WARNING || extensions >= maxExtensions) {
            return false;
        }
        extensions++;
        phase = Phase.ACTIVE;
        lastActivity = clock.nanos();
        listener.warningCleared();
        return true;
    }

    /** Reads the clock and moves on: warns, counts down, or expires. */
    public void tick() {
        long now = clock.nanos();
        if (phase == Phase.ACTIVE && now - lastActivity >= idleNanos) {
            phase = Phase.WARNING;
            warningSince = now;
            lastSecondShown = seconds(countdownNanos);
            listener.warningStarted(Duration.ofNanos(countdownNanos), extensionsLeft());
        }
        if (phase == Phase.WARNING) {
            long left = countdownNanos - (now - warningSince);
            if (left <= 0) {
                phase = Phase.EXPIRED;
                listener.expired();
            } else if (seconds(left) != lastSecondShown) {
                lastSecondShown = seconds(left);
                listener.countdown(Duration.ofNanos(left));
            }
        }
    }

    public Phase phase() {
        return phase;
    }

    public int extensionsUsed() {
        return extensions;
    }

    public int extensionsLeft() {
        return maxExtensions - extensions;
    }

    /** Whole seconds shown for a remaining time (rounded up, so "0" never shows while time is left). */
    public static long seconds(Duration remaining) {
        return seconds(remaining.toNanos());
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

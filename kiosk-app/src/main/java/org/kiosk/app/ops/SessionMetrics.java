package org.kiosk.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;

/**
 * Sessions by outcome ({@code kiosk_sessions_total{outcome}}) and their duration
 * ({@code kiosk_session_duration_seconds}, a histogram with a few buckets around how long a visit takes, so each
 * kiosk adds a handful of series, not a percentile histogram's seventy). Every outcome is registered at 0 so a
 * failure rate can be computed before the first failure.
 */
public final class SessionMetrics implements MeterBinder, SessionRecorder {

    static final Duration[] DURATION_BUCKETS = {Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20)};

    private final EnumCounters<SessionOutcome> sessions = new EnumCounters<>(SessionOutcome.class, "kiosk.sessions",
            "Citizens' sessions that ended, by outcome", "outcome", "session");
    private volatile Timer duration;

    @Override
    public void bindTo(MeterRegistry registry) {
        sessions.bindTo(registry);
        duration = Timer.builder("kiosk.session.duration")
                .description("How long citizens' sessions lasted, from the first touch to the end")
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry);
    }

    @Override
    public void sessionEnded(SessionOutcome outcome, Duration length) {
        Objects.requireNonNull(outcome, "outcome");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a session cannot last a negative time, got " + length);
        }
        Timer timer = duration;
        if (timer == null) {
            throw new IllegalStateException("session meters are not bound to a registry yet");
        }
        sessions.increment(outcome);
        timer.record(length);
    }
}

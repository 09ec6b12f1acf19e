package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the UI and the outbox record reaches the meters; a wrong call is refused with a clear message. */
class RecordersTest {

    @Test
    void sessionsAreCountedByOutcomeAndTimed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SessionMetrics sessions = new SessionMetrics();
        sessions.bindTo(registry);
        for (SessionOutcome outcome : SessionOutcome.values()) {
            assertThat(registry.get("kiosk.sessions").tag("outcome", Labels.of(outcome)).counter().count()).isZero();
        }
        sessions.sessionEnded(SessionOutcome.COUNTER, Duration.ofSeconds(75));
        assertThat(registry.get("kiosk.sessions").tag("outcome", "counter").counter().count()).isEqualTo(1);
        assertThat(registry.get("kiosk.session.duration").timer().count()).isEqualTo(1);
        assertThatThrownBy(() -> sessions.sessionEnded(SessionOutcome.COMPLETED, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> sessions.sessionEnded(null, Duration.ZERO)).isInstanceOf(NullPointerException.class)
                .hasMessage("outcome");
    }

    @Test
    void recordingBeforeTheMetersAreBoundSaysSo() {
        assertThatThrownBy(() -> new SessionMetrics().sessionEnded(SessionOutcome.FAILED, Duration.ZERO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not bound");
        assertThatThrownBy(() -> new SubmissionMetrics().submitted(SubmissionOutcome.ACCEPTED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not bound");
    }

    @Test
    void submissionsAreCountedByResult() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SubmissionMetrics submissions = new SubmissionMetrics();
        submissions.bindTo(registry);
        submissions.submitted(SubmissionOutcome.UNAVAILABLE);
        submissions.submitted(SubmissionOutcome.UNAVAILABLE);
        assertThat(registry.get("kiosk.submissions").tag("result", "unavailable").counter().count()).isEqualTo(2);
        assertThat(registry.get("kiosk.submissions").tag("result", "accepted").counter().count()).isZero();
    }

    @Test
    void theOutboxGaugesReadTheOutboxOnEveryScrape() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        long[] depth = {0};
        new OutboxMetrics(new OutboxStatus() {
            @Override
            public long depth() {
                return depth[0];
            }

            @Override
            public Duration oldestPendingAge() {
                return Duration.ofMillis(depth[0] * 1500);
            }
        }).bindTo(registry);
        depth[0] = 4;
        assertThat(registry.get("kiosk.outbox.depth").gauge().value()).isEqualTo(4);
        assertThat(registry.get("kiosk.outbox.oldest.pending.age").gauge().value()).isEqualTo(6.0);
    }
}

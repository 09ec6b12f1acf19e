package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.app.outbox.TestApplications.MATTER;
import static org.kiosk.app.outbox.TestApplications.application;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.SubmissionResult;

/** The outbox's records and their states, in a real SQLite file. */
class SqliteOutboxTest {

    private static final Instant T0 = Instant.parse("2026-11-27T15:30:00Z");
    private static final SubmissionResult.Accepted CASE = new SubmissionResult.Accepted("GD2026112800001",
            Instant.parse("2026-11-27T15:31:00Z"), LocalDate.of(2026, 12, 11), "https://kiosk.example/track/GD2026112800001");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    @Test
    void anAcceptedApplicationIsPendingWithAReferenceAKeyAndItsPayload() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord first = outbox.accept(MATTER, application(1));
            OutboxRecord second = outbox.accept(MATTER, application(2));

            // 15:30 UTC is 23:30 on 27 November in Guangdong
            assertThat(first.localReference()).isEqualTo("20261127-000001");
            assertThat(second.localReference()).isEqualTo("20261127-000002");
            assertThat(first.idempotencyKey()).isNotEqualTo(second.idempotencyKey());
            assertThat(first.state()).isEqualTo(OutboxState.PENDING);
            assertThat(first.attempts()).isZero();
            assertThat(first.acceptedAt()).isEqualTo(T0);
            assertThat(first.nextAttemptAt()).isEqualTo(T0);
            assertThat(first.payloadHeld()).isTrue();
            assertThat(first.caseNumber()).isEmpty();
            assertThat(outbox.payload(second)).isEqualTo(application(2));
        }
        try (SqliteOutbox reopened = TestApplications.open(dir, clock)) {
            OutboxRecord again = reopened.byLocalReference("20261127-000001").orElseThrow();
            assertThat(reopened.payload(again)).isEqualTo(application(1));
            assertThat(reopened.depth()).isEqualTo(2);
        }
    }

    @Test
    void aSentApplicationIsAcknowledgedWithItsCaseAndResolvesByLocalReference() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord accepted = outbox.accept(MATTER, application(1));
            clock.advance(Duration.ofSeconds(1));
            OutboxRecord sent = outbox.markSent(accepted);
            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.attempts()).isEqualTo(1);

            OutboxRecord acknowledged = outbox.markAcknowledged(sent, CASE);
            assertThat(acknowledged.state()).isEqualTo(OutboxState.ACKNOWLEDGED);
            assertThat(acknowledged.platformCase()).isEqualTo(CASE);
            assertThat(outbox.byLocalReference(accepted.localReference()).flatMap(OutboxRecord::caseNumber)).contains("GD2026112800001");
            assertThat(outbox.depth()).isZero();
            assertThat(outbox.oldestPendingAge()).isEmpty();
        }
    }

    @Test
    void aRejectionKeepsThePlatformsReasonAndClosesTheRecord() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord sent = outbox.markSent(outbox.accept(MATTER, application(1)));
            OutboxRecord rejected = outbox.markRejected(sent, "MATTER_NOT_OFFERED");
            assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
            assertThat(rejected.rejectionReason()).isEqualTo("MATTER_NOT_OFFERED");

            assertThatThrownBy(() -> outbox.markSent(rejected)).isInstanceOf(OutboxException.class)
                    .hasMessage("application 20261127-000001 is REJECTED, no longer open to be sent");
            assertThatThrownBy(() -> outbox.markAcknowledged(rejected, CASE)).isInstanceOf(OutboxException.class);
        }
    }

    @Test
    void aRetryReturnsTheRecordToPendingUntilItsNextAttempt() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord first = outbox.accept(MATTER, application(1));
            OutboxRecord second = outbox.accept(MATTER, application(2));
            OutboxRecord retried = outbox.markRetry(outbox.markSent(first), T0.plusSeconds(30), OutboxSender.PLATFORM_UNAVAILABLE);

            assertThat(retried.state()).isEqualTo(OutboxState.PENDING);
            assertThat(retried.lastError()).isEqualTo("PLATFORM_UNAVAILABLE");
            assertThat(retried.attempts()).isEqualTo(1);
            assertThat(outbox.nextDue(T0).orElseThrow().id()).isEqualTo(second.id());
            assertThat(outbox.nextAttemptTime()).contains(T0);
            outbox.markAcknowledged(outbox.markSent(second), CASE);
            assertThat(outbox.nextDue(T0)).isEmpty();
            assertThat(outbox.nextAttemptTime()).contains(T0.plusSeconds(30));
            assertThat(outbox.nextDue(T0.plusSeconds(30)).orElseThrow().id()).isEqualTo(first.id());
        }
    }

    @Test
    void aRecordLeftSentByACrashIsDueAgainWithItsKey() throws Exception {
        OutboxRecord sent;
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            sent = outbox.markSent(outbox.accept(MATTER, application(1)));
        }
        try (SqliteOutbox reopened = TestApplications.open(dir, clock)) {
            OutboxRecord due = reopened.nextDue(clock.instant()).orElseThrow();
            assertThat(due.state()).isEqualTo(OutboxState.SENT);
            assertThat(due.idempotencyKey()).isEqualTo(sent.idempotencyKey());
        }
    }

    @Test
    void applicationsPastTheMaximumAgeExpireAndKeepTheirPayload() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord old = outbox.accept(MATTER, application(1));
            clock.advance(Duration.ofDays(2));
            OutboxRecord young = outbox.accept(MATTER, application(2));
            assertThat(outbox.oldestPendingAge()).contains(Duration.ofDays(2));
            clock.advance(Duration.ofDays(29));

            assertThat(outbox.expire(Duration.ofDays(30))).extracting(OutboxRecord::localReference).containsExactly(old.localReference());
            assertThat(outbox.byLocalReference(old.localReference()).orElseThrow().state()).isEqualTo(OutboxState.EXPIRED);
            assertThat(outbox.byLocalReference(young.localReference()).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
            assertThat(outbox.expire(Duration.ofDays(30))).isEmpty();
            assertThat(outbox.payload(old)).isEqualTo(application(1));
            assertThat(outbox.counts()).containsAllEntriesOf(Map.of(OutboxState.EXPIRED, 1, OutboxState.PENDING, 1));
        }
    }

    @Test
    void answeredPayloadsAreDeletedAfterTheRetentionAndTheCaseStillResolves() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord acknowledged = outbox.markAcknowledged(outbox.markSent(outbox.accept(MATTER, application(1))), CASE);
            OutboxRecord rejected = outbox.markRejected(outbox.markSent(outbox.accept(MATTER, application(2))), "DUPLICATE_APPLICATION");
            OutboxRecord waiting = outbox.accept(MATTER, application(3));

            clock.advance(Duration.ofDays(7).minusSeconds(1));
            assertThat(outbox.deletePayloads(Duration.ofDays(7))).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(outbox.deletePayloads(Duration.ofDays(7))).isEqualTo(2);

            OutboxRecord after = outbox.byLocalReference(acknowledged.localReference()).orElseThrow();
            assertThat(after.payloadHeld()).isFalse();
            assertThat(after.caseNumber()).contains("GD2026112800001");
            assertThat(outbox.byLocalReference(rejected.localReference()).orElseThrow().payloadHeld()).isFalse();
            assertThatThrownBy(() -> outbox.payload(after)).isInstanceOf(OutboxException.class)
                    .hasMessage("application 20261127-000001 no longer holds its payload");
            assertThat(outbox.payload(waiting)).isEqualTo(application(3));
        }
    }

    @Test
    void aBadMatterCodeIsRefusedBeforeAnythingIsStored() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            assertThatThrownBy(() -> outbox.accept("renew card; drop", application(1))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("matter code");
            assertThat(outbox.all()).isEmpty();
        }
    }
}

package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.app.outbox.TestApplications.MATTER;
import static org.kiosk.app.outbox.TestApplications.application;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.storage.KioskDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The sender's state machine, driven pass by pass on a hand-moved clock with a seeded random. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxSenderTest {

    private static final RetryDelay RETRY = new RetryDelay(Duration.ofSeconds(1), Duration.ofMinutes(5));
    private static final OutboxSender.Settings SETTINGS = new OutboxSender.Settings(RETRY, Duration.ofDays(30), Duration.ofDays(7),
            Duration.ofMinutes(15));
    private static final long SEED = 99;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T15:30:00Z"));
    private final ScriptedPlatform platform = new ScriptedPlatform();
    private SqliteOutbox outbox;

    @BeforeEach
    void open() throws Exception {
        outbox = TestApplications.open(dir, clock);
    }

    @AfterEach
    void close() {
        outbox.close();
    }

    private OutboxSender sender() {
        return new OutboxSender(outbox, platform, SETTINGS, clock, new SplittableRandom(SEED));
    }

    @Test
    void dueApplicationsAreSentInOrderAndAcknowledgedWithTheirCases() throws Exception {
        OutboxRecord first = outbox.accept(MATTER, application(1));
        OutboxRecord second = outbox.accept(MATTER, application(2));

        assertThat(sender().sendDue()).isEqualTo(2);

        assertThat(platform.calls()).extracting(ScriptedPlatform.Call::idempotencyKey)
                .containsExactly(first.idempotencyKey().toString(), second.idempotencyKey().toString());
        assertThat(platform.calls().getFirst().application()).isEqualTo(new String(application(1), StandardCharsets.UTF_8));
        OutboxRecord done = outbox.find(first.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(done.caseNumber()).contains("GD2026112700001");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(outbox.depth()).isZero();
    }

    @Test
    void aRejectionIsFinalAndRecordsTheReason() throws Exception {
        OutboxRecord accepted = outbox.accept(MATTER, application(1));
        platform.rejects("APPLICANT_INELIGIBLE");
        OutboxSender sender = sender();

        assertThat(sender.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue()).isZero();

        OutboxRecord rejected = outbox.find(accepted.id()).orElseThrow();
        assertThat(rejected.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("APPLICANT_INELIGIBLE");
        assertThat(platform.calls()).hasSize(1);
    }

    @Test
    void withoutAnAnswerTheSenderPausesForAJitteredBackoffThenRetriesWithTheSameKey() throws Exception {
        OutboxRecord first = outbox.accept(MATTER, application(1));
        OutboxRecord second = outbox.accept(MATTER, application(2));
        platform.unavailable().unavailable();
        OutboxSender sender = sender();
        SplittableRandom sameDraws = new SplittableRandom(SEED);
        Duration firstWait = RETRY.next(1, Optional.empty(), sameDraws);
        Duration secondWait = RETRY.next(2, Optional.empty(), sameDraws);

        assertThat(sender.sendDue()).isZero();
        OutboxRecord waiting = outbox.find(first.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.lastError()).isEqualTo(OutboxSender.PLATFORM_UNAVAILABLE);
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(firstWait));
        // one probe per pause: the second application was not tried while the platform gave no answer
        assertThat(platform.calls()).hasSize(1);

        clock.advance(firstWait.minusMillis(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(platform.calls()).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(platform.calls()).hasSize(2);
        // the second failure in a row: the pause is drawn under a doubled ceiling
        assertThat(secondWait).isLessThanOrEqualTo(RETRY.ceiling(2));

        clock.advance(secondWait);
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(platform.calls()).extracting(ScriptedPlatform.Call::idempotencyKey)
                .filteredOn(first.idempotencyKey().toString()::equals).hasSizeBetween(1, 3);
        assertThat(outbox.find(first.id()).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(outbox.find(second.id()).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(platform.calls().stream().map(ScriptedPlatform.Call::idempotencyKey).distinct()).hasSize(2);
    }

    @Test
    void thePlatformsRetryAfterSetsThePause() throws Exception {
        OutboxRecord accepted = outbox.accept(MATTER, application(1));
        platform.unavailable(Duration.ofSeconds(42));
        OutboxSender sender = sender();

        sender.sendDue();
        assertThat(outbox.find(accepted.id()).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(42));
        clock.advance(Duration.ofSeconds(41));
        sender.sendDue();
        assertThat(platform.calls()).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);
    }

    @Test
    @Timeout(20)
    void whileThePlatformAsksForAPauseLongerThanTheWaitTheCitizenIsNotKeptWaiting() throws Exception {
        outbox.accept(MATTER, application(1));
        platform.unavailable(Duration.ofSeconds(90));
        OutboxSender sender = sender();
        sender.sendDue();

        // nothing will be tried within the minute's wait: the provisional answer comes at once, not after the minute
        OutboxRecord taken = sender.submit(MATTER, application(2), Duration.ofMinutes(1));

        assertThat(taken.state()).isEqualTo(OutboxState.PENDING);
        assertThat(taken.caseNumber()).isEmpty();
        assertThat(platform.calls()).hasSize(1);
    }

    @Test
    void anApplicationLeftSentByACrashIsSentAgainWithItsKey() throws Exception {
        OutboxRecord accepted = outbox.accept(MATTER, application(1));
        outbox.markSent(accepted);
        outbox.close();
        outbox = TestApplications.open(dir, clock);

        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(platform.calls()).extracting(ScriptedPlatform.Call::idempotencyKey).containsExactly(accepted.idempotencyKey().toString());
        OutboxRecord done = outbox.find(accepted.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void aFailingClientCountsAsNoAnswer() throws Exception {
        OutboxRecord accepted = outbox.accept(MATTER, application(1));
        platform.fails(new IllegalStateException("client bug"));

        assertThat(sender().sendDue()).isZero();
        OutboxRecord waiting = outbox.find(accepted.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.lastError()).isEqualTo(OutboxSender.SUBMITTER_FAILED);
    }

    @Test
    void anUnreadablePayloadIsHeldBackWithoutStoppingTheOthers() throws Exception {
        OutboxRecord broken = outbox.accept(MATTER, application(1));
        OutboxRecord fine = outbox.accept(MATTER, application(2));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + KioskDatabase.file(dir));
             PreparedStatement update = db.prepareStatement("UPDATE outbox SET payload = zeroblob(64) WHERE id = ?")) {
            update.setLong(1, broken.id());
            update.executeUpdate();
        }

        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(outbox.find(fine.id()).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        OutboxRecord held = outbox.find(broken.id()).orElseThrow();
        assertThat(held.state()).isEqualTo(OutboxState.PENDING);
        assertThat(held.lastError()).isEqualTo(OutboxSender.PAYLOAD_UNREADABLE);
        assertThat(held.nextAttemptAt()).isEqualTo(clock.instant().plus(RETRY.cap()));
        assertThat(platform.calls()).hasSize(1);
    }

    @Test
    void housekeepingExpiresOldApplicationsAndDeletesAnsweredPayloadsAfterTheRetention() throws Exception {
        OutboxRecord answered = outbox.accept(MATTER, application(1));
        OutboxSender sender = sender();
        sender.sendDue();
        platform.unavailable(Duration.ofDays(40));
        OutboxRecord unsent = outbox.accept(MATTER, application(2));
        sender.sendDue();

        clock.advance(Duration.ofDays(7));
        assertThat(sender.housekeep()).isEmpty();
        assertThat(outbox.find(answered.id()).orElseThrow().payloadHeld()).isFalse();

        clock.advance(Duration.ofDays(23));
        assertThat(sender.housekeep()).extracting(OutboxRecord::localReference).containsExactly(unsent.localReference());
        OutboxRecord expired = outbox.find(unsent.id()).orElseThrow();
        assertThat(expired.state()).isEqualTo(OutboxState.EXPIRED);
        assertThat(expired.payloadHeld()).isTrue();
        assertThat(outbox.inState(OutboxState.EXPIRED)).hasSize(1);
    }

    @Test
    void nothingPersonalReachesTheLog(CapturedOutput output) throws Exception {
        OutboxRecord broken = outbox.accept(MATTER, application(1));
        outbox.accept(MATTER, application(2));
        outbox.accept(MATTER, application(3));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + KioskDatabase.file(dir));
             PreparedStatement update = db.prepareStatement("UPDATE outbox SET payload = zeroblob(64) WHERE id = ?")) {
            update.setLong(1, broken.id());
            update.executeUpdate();
        }
        platform.rejects("APPLICANT_INELIGIBLE").fails(new IllegalStateException("client bug")).unavailable();
        OutboxSender sender = sender();
        sender.sendDue();
        clock.advance(Duration.ofMinutes(10));
        sender.sendDue();
        clock.advance(Duration.ofDays(31));
        sender.housekeep();

        assertThat(output.getAll()).contains("20261127-000001").contains("APPLICANT_INELIGIBLE").contains("expired")
                .doesNotContain(TestApplications.NAME).doesNotContain(TestApplications.ID_NUMBER).doesNotContain("44052419900101");
    }

    @Test
    void depthAndOldestPendingAgeTellHowFarBehindTheKioskIs() throws Exception {
        OutboxSender sender = sender();
        assertThat(sender.depth()).isZero();
        assertThat(sender.oldestPendingAge()).isEmpty();
        outbox.accept(MATTER, application(1));
        clock.advance(Duration.ofMinutes(3));
        outbox.accept(MATTER, application(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.depth()).isEqualTo(2);
        assertThat(sender.oldestPendingAge()).contains(Duration.ofMinutes(5));
    }
}

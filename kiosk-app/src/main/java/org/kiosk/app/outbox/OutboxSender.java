package org.kiosk.app.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's applications to the platform, one at a time, earliest due first. Each is marked sent before the
 * call and acknowledged or rejected after it; a record found sent after a crash is simply sent again with its same
 * idempotency key, and the platform makes one case of it. When the platform gives no answer, the sender pauses for a
 * backoff with full jitter that grows with each consecutive failure (or for the platform's {@code Retry-After}), so an
 * outage costs one probe per pause, not one request per waiting application.
 *
 * <p>{@link #sendDue()} and {@link #housekeep()} run one pass on the caller's thread (tests drive them with their own
 * clock); {@link #start()} runs them on a background thread until {@link #close()}. Logs name applications by local
 * reference only.
 */
public final class OutboxSender implements AutoCloseable {

    /** Why an attempt gave no final answer, as stored in {@link OutboxRecord#lastError()}. */
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";
    public static final String SUBMITTER_FAILED = "SUBMITTER_FAILED";
    public static final String PAYLOAD_UNREADABLE = "PAYLOAD_UNREADABLE";

    /**
     * @param retryDelay           backoff after the platform gave no answer
     * @param maxAge               an application not acknowledged this long after acceptance expires
     * @param retention            how long payloads of acknowledged and rejected applications are kept
     * @param housekeepingInterval how often expiry and retention run
     */
    public record Settings(RetryDelay retryDelay, Duration maxAge, Duration retention, Duration housekeepingInterval) {
        public Settings {
            Objects.requireNonNull(retryDelay, "retryDelay");
            if (!maxAge.isPositive() || retention.isNegative() || !housekeepingInterval.isPositive()) {
                throw new IllegalArgumentException("the outbox needs a positive maximum age and housekeeping interval, and a retention of zero or more");
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** What one attempt came to: a final answer, none (the platform pauses the sender), or not sent at all. */
    private enum Attempt { ANSWERED, NO_ANSWER, SKIPPED }

    private final SqliteOutbox outbox;
    private final ApplicationSubmitter platform;
    private final Settings settings;
    private final Clock clock;
    private final RandomGenerator random;
    private final Object signal = new Object();
    private int consecutiveFailures;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private Instant nextHousekeeping = Instant.EPOCH;
    private boolean woken;
    private volatile boolean closed;
    private Thread worker;

    public OutboxSender(SqliteOutbox outbox, ApplicationSubmitter platform, Settings settings, Clock clock, RandomGenerator random) {
        this.outbox = outbox;
        this.platform = platform;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Accepts an application durably, wakes the sender, and waits up to {@code wait} for the platform's answer.
     *
     * @return the record: {@link OutboxState#ACKNOWLEDGED} with its case number, {@link OutboxState#REJECTED}, or still
     *         open, in which case the citizen takes a provisional receipt with its local reference
     */
    public OutboxRecord submit(String matterCode, byte[] application, Duration wait) throws OutboxException, InterruptedException {
        OutboxRecord accepted = outbox.accept(matterCode, application);
        wake();
        return awaitDecision(accepted, wait);
    }

    /**
     * The record once it is no longer open, or as it stands after {@code wait}, or at once when it will not be tried
     * before {@code wait} is over (the platform asked for a pause, or the sender is backing off): the citizen then
     * takes the provisional receipt without waiting for nothing.
     */
    public OutboxRecord awaitDecision(OutboxRecord record, Duration wait) throws OutboxException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Instant waitEnds = clock.instant().plus(wait);
        while (true) {
            OutboxRecord now = outbox.find(record.id())
                    .orElseThrow(() -> new OutboxException("application " + record.localReference() + " is not in the outbox"));
            long left = deadline - System.nanoTime();
            if (!now.state().open() || left <= 0 || notTriedBefore(now, waitEnds)) {
                return now;
            }
            synchronized (signal) {
                signal.wait(Math.max(1, Math.min(left / 1_000_000, 50)));
            }
        }
    }

    private boolean notTriedBefore(OutboxRecord record, Instant instant) {
        Instant nextTry = record.nextAttemptAt().isAfter(pausedUntil) ? record.nextAttemptAt() : pausedUntil;
        return nextTry.isAfter(instant);
    }

    /**
     * One pass: sends every due application, earliest due first, until none is due or the platform gives no answer.
     *
     * @return how many final answers (acknowledged or rejected) were recorded
     */
    public int sendDue() throws OutboxException {
        int answered = 0;
        while (!closed && !clock.instant().isBefore(pausedUntil)) {
            Optional<OutboxRecord> due = outbox.nextDue(clock.instant());
            if (due.isEmpty()) {
                break;
            }
            Attempt attempt = send(due.get());
            synchronized (signal) {
                signal.notifyAll();
            }
            if (attempt == Attempt.ANSWERED) {
                answered++;
            } else if (attempt == Attempt.NO_ANSWER) {
                break;
            }
        }
        return answered;
    }

    private Attempt send(OutboxRecord record) throws OutboxException {
        byte[] payload;
        try {
            payload = outbox.payload(record);
        } catch (PayloadUnreadableException e) {
            // not the platform's fault, so no pause; it stays open and counted, and expires to operations if never fixed
            log.error("Application {} cannot be sent: its stored payload fails authentication", record.localReference());
            outbox.markRetry(record, clock.instant().plus(settings.retryDelay().cap()), PAYLOAD_UNREADABLE);
            return Attempt.SKIPPED;
        }
        try {
            OutboxRecord sent = outbox.markSent(record);
            SubmissionResult result;
            try {
                result = platform.submit(sent.idempotencyKey().toString(), payload);
            } catch (PlatformUnavailableException e) {
                noAnswer(sent, PLATFORM_UNAVAILABLE, e.retryAfter());
                log.debug("Application {}: no answer from the platform ({}), attempt {}", sent.localReference(), e.getMessage(), sent.attempts());
                return Attempt.NO_ANSWER;
            } catch (RuntimeException e) {
                noAnswer(sent, SUBMITTER_FAILED, Optional.empty());
                log.error("Application {}: the platform client failed ({}), attempt {}", sent.localReference(),
                        e.getClass().getSimpleName(), sent.attempts());
                return Attempt.NO_ANSWER;
            }
            consecutiveFailures = 0;
            switch (result) {
                case SubmissionResult.Accepted accepted -> {
                    outbox.markAcknowledged(sent, accepted);
                    log.info("Application {} acknowledged as case {}", sent.localReference(), accepted.caseNumber());
                }
                case SubmissionResult.Rejected rejected -> {
                    outbox.markRejected(sent, rejected.reasonCode());
                    log.warn("Application {} rejected by the platform: {}", sent.localReference(), rejected.reasonCode());
                }
            }
            return Attempt.ANSWERED;
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    private void noAnswer(OutboxRecord sent, String errorCode, Optional<Duration> retryAfter) throws OutboxException {
        consecutiveFailures++;
        pausedUntil = clock.instant().plus(settings.retryDelay().next(consecutiveFailures, retryAfter, random));
        outbox.markRetry(sent, pausedUntil, errorCode);
    }

    /**
     * Expires applications past the maximum age and deletes payloads past the retention. Each expiry is reported to
     * operations as an error naming the local reference; they stay listed as {@link OutboxState#EXPIRED}.
     *
     * @return the applications that expired now
     */
    public List<OutboxRecord> housekeep() throws OutboxException {
        List<OutboxRecord> expired = outbox.expire(settings.maxAge());
        for (OutboxRecord r : expired) {
            log.error("Application {} ({}) expired unsent {} after acceptance, after {} attempts (last error {}): operations must take it to the counter",
                    r.localReference(), r.matterCode(), settings.maxAge(), r.attempts(), r.lastError());
        }
        int deleted = outbox.deletePayloads(settings.retention());
        if (deleted > 0) {
            log.info("Deleted the payloads of {} answered applications past the {} retention", deleted, settings.retention());
        }
        return expired;
    }

    /** The time until the sender next has work: a due application, the end of a pause, or housekeeping. */
    Instant nextWork() throws OutboxException {
        Instant next = nextHousekeeping;
        Optional<Instant> due = outbox.nextAttemptTime();
        if (due.isPresent()) {
            Instant sendAt = due.get().isBefore(pausedUntil) ? pausedUntil : due.get();
            next = sendAt.isBefore(next) ? sendAt : next;
        }
        return next;
    }

    /** Starts the background sender. */
    public synchronized void start() {
        if (worker != null) {
            throw new IllegalStateException("the outbox sender is already started");
        }
        worker = Thread.ofPlatform().name("outbox-sender").daemon().start(this::run);
    }

    /** Tells the background sender to look now (a new application, or the network came back). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (!closed) {
            Instant wakeAt;
            try {
                if (!clock.instant().isBefore(nextHousekeeping)) {
                    housekeep();
                    nextHousekeeping = clock.instant().plus(settings.housekeepingInterval());
                }
                sendDue();
                wakeAt = nextWork();
            } catch (OutboxException e) {
                log.error("Outbox sender: {}; trying again in {}", e.getMessage(), settings.retryDelay().cap());
                wakeAt = clock.instant().plus(settings.retryDelay().cap());
            }
            try {
                synchronized (signal) {
                    long millis = Duration.between(clock.instant(), wakeAt).toMillis();
                    if (!woken && !closed && millis > 0) {
                        signal.wait(millis);
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the background sender; an attempt in flight finishes first. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        wake();
        Thread w;
        synchronized (this) {
            w = worker;
        }
        if (w != null) {
            w.join();
        }
    }

    /** How many applications wait to be sent. */
    public int depth() throws OutboxException {
        return outbox.depth();
    }

    /** How long the oldest waiting application has waited. */
    public Optional<Duration> oldestPendingAge() throws OutboxException {
        return outbox.oldestPendingAge();
    }
}

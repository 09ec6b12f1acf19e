package org.kiosk.app.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.OutboxProperties;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * The outbox as the citizen's journeys use it: submit an application, print its receipt, resolve a provisional
 * receipt's code. Sends through the platform client when one is configured; without one, applications are kept
 * (and receipts are provisional) until a kiosk with a client sends them.
 */
public class KioskOutbox implements SmartLifecycle {

    /** How often expiry and retention run. */
    static final Duration HOUSEKEEPING_INTERVAL = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(KioskOutbox.class);

    private final SqliteOutbox store;
    private final OutboxSender sender;
    private final Duration submitWait;
    private final String kioskId;
    private final Clock clock;
    private volatile boolean running;

    public KioskOutbox(SqliteOutbox store, ObjectProvider<ApplicationSubmitter> platform, OutboxProperties outbox, KioskProperties kiosk,
                       Clock clock) {
        this.store = store;
        this.submitWait = outbox.submitWait();
        this.kioskId = kiosk.id();
        this.clock = clock;
        ApplicationSubmitter submitter = platform.getIfAvailable();
        this.sender = submitter == null ? null : new OutboxSender(store, submitter, settings(outbox), clock, RandomGenerator.getDefault());
    }

    /** The sender's settings from {@code kiosk.outbox.*}. */
    public static OutboxSender.Settings settings(OutboxProperties outbox) {
        return new OutboxSender.Settings(new RetryDelay(outbox.backoffBase(), outbox.backoffCap()), outbox.maxAge(), outbox.retention(),
                HOUSEKEEPING_INTERVAL);
    }

    /**
     * Accepts an application durably and waits up to {@code kiosk.outbox.submit-wait} for the case number.
     *
     * @return the record: acknowledged (final receipt), rejected (no receipt), or open (provisional receipt)
     */
    public OutboxRecord submit(String matterCode, byte[] application) throws OutboxException, InterruptedException {
        if (sender == null) {
            return store.accept(matterCode, application);
        }
        return sender.submit(matterCode, application, submitWait);
    }

    /** The receipt for an application as it stands (see {@link OutboxReceipts#of}). */
    public Receipt receipt(OutboxRecord record, OutboxReceipts.Facts facts) {
        return OutboxReceipts.of(record, facts, kioskId, clock.getZone());
    }

    /** What a provisional receipt's code stands for now: with the case number once acknowledged. */
    public Optional<OutboxRecord> resolve(LocalReferenceCode code) throws OutboxException {
        if (!code.kioskId().equals(kioskId)) {
            return Optional.empty();
        }
        return store.byLocalReference(code.localReference());
    }

    /** Applications that expired unsent, for operations to take to the counter. */
    public List<OutboxRecord> expired() throws OutboxException {
        return store.inState(OutboxState.EXPIRED);
    }

    public int depth() throws OutboxException {
        return store.depth();
    }

    public Optional<Duration> oldestPendingAge() throws OutboxException {
        return store.oldestPendingAge();
    }

    @Override
    public void start() {
        if (sender == null) {
            log.warn("No platform client configured: applications are kept in the outbox and given provisional receipts, not sent");
        } else {
            sender.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            try {
                sender.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

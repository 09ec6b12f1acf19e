package org.kiosk.app.ops;

import java.time.Duration;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.outbox.OutboxException;

/** The kiosk's outbox as operations read it. */
public final class KioskOutboxStatus implements OutboxStatus {

    private final KioskOutbox outbox;

    public KioskOutboxStatus(KioskOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public long depth() {
        try {
            return outbox.depth();
        } catch (OutboxException e) {
            throw new OutboxUnreadableException(e);
        }
    }

    @Override
    public Duration oldestPendingAge() {
        try {
            return outbox.oldestPendingAge().orElse(Duration.ZERO);
        } catch (OutboxException e) {
            throw new OutboxUnreadableException(e);
        }
    }
}

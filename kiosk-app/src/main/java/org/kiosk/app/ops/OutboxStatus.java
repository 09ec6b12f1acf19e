package org.kiosk.app.ops;

import java.time.Duration;

/**
 * What the outbox exposes to operations: how much waits to be sent and for how long. Either method throws
 * {@link OutboxUnreadableException} when the outbox cannot be read.
 */
public interface OutboxStatus {

    /** Applications waiting to be submitted. */
    long depth();

    /** How long the oldest waiting application has waited; zero when none waits. */
    Duration oldestPendingAge();
}

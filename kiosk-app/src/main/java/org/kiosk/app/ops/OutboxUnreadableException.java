package org.kiosk.app.ops;

/**
 * The outbox could not be read for operations: its gauges then read NaN (Micrometer logs the failure) and the
 * heartbeat is skipped and logged.
 */
public final class OutboxUnreadableException extends RuntimeException {

    public OutboxUnreadableException(Exception cause) {
        super("the outbox cannot be read: " + cause.getMessage(), cause);
    }
}

package org.kiosk.app.outbox;

/** The outbox could not be read or written. Messages name records by local reference only, never by content. */
public class OutboxException extends Exception {
    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}

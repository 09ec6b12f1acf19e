package org.kiosk.app.outbox;

/**
 * The outbox's key cannot be had: keystore or password file missing for a store that holds encrypted applications,
 * a wrong password, or a key other than the one the store was written with. The kiosk does not start, rather than
 * make a new key and lose the applications waiting to be sent.
 */
public class OutboxKeyException extends OutboxException {
    public OutboxKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxKeyException(String message) {
        super(message);
    }
}

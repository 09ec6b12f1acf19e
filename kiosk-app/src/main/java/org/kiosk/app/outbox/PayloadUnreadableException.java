package org.kiosk.app.outbox;

/**
 * A stored payload failed its authentication: the ciphertext was altered, moved from another row, or sealed under
 * another key. Nothing of it is returned.
 */
public class PayloadUnreadableException extends OutboxException {
    public PayloadUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}

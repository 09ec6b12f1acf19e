package org.kiosk.device.passport.crypto;

/**
 * A protected response that does not check out: wrong MAC, missing or malformed secure-messaging objects, bad
 * padding. The session keys can no longer be trusted; the chip must be authenticated again.
 */
public final class SecureMessagingException extends Exception {

    public SecureMessagingException(String message) {
        super(message);
    }
}

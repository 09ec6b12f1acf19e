package org.kiosk.platform.code;

/** A JWK Set (or one key in it) that cannot be used: wrong curve, missing member, bad base64url, point off the curve. */
public class KeySetException extends Exception {

    public KeySetException(String message) {
        super(message);
    }

    public KeySetException(String message, Throwable cause) {
        super(message, cause);
    }
}

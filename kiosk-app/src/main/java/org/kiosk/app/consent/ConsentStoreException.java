package org.kiosk.app.consent;

/** The consent store could not be read or written. */
public class ConsentStoreException extends Exception {
    public ConsentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

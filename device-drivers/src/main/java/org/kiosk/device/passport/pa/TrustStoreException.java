package org.kiosk.device.passport.pa;

/** The CSCA trust store could not be loaded: missing, unreadable, or holding something that is not a certificate. */
public final class TrustStoreException extends Exception {

    public TrustStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public TrustStoreException(String message) {
        super(message);
    }
}

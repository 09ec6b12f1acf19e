package org.kiosk.app.catalogue;

/** A catalogue that cannot be used: unreadable, or not in the expected shape; the message names where. */
public final class CatalogueException extends Exception {

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.kiosk.platform.client;

/** A call to the platform gave no usable answer: either none came ({@link PlatformUnavailableException}) or a refusal did. */
public abstract class PlatformException extends Exception {

    protected PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}

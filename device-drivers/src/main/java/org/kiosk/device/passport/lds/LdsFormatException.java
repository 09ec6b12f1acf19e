package org.kiosk.device.passport.lds;

/** A file read from the chip that is not what ICAO Doc 9303 part 10 says it should be. Never carries its content. */
public final class LdsFormatException extends Exception {

    public LdsFormatException(String message) {
        super(message);
    }

    public LdsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

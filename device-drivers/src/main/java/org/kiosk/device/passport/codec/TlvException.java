package org.kiosk.device.passport.codec;

/** A BER-TLV structure from the chip that is truncated, too long, or not the one expected. Never carries the data. */
public final class TlvException extends Exception {

    public TlvException(String message) {
        super(message);
    }
}

package org.kiosk.device.qr.image;

/** A payload that does not fit a QR code at the chosen error correction. The message gives sizes, never the payload. */
public class QrEncodingException extends Exception {

    public QrEncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}

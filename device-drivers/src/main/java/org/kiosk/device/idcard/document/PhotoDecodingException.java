package org.kiosk.device.idcard.document;

/** A photo the decoder could not turn into an image. */
public class PhotoDecodingException extends Exception {

    public PhotoDecodingException(String message) {
        super(message);
    }

    public PhotoDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.kiosk.device.qr.image;

/** A frame that could not be read: a missing, truncated, oversized or unreadable image file. Names the file. */
public class FrameException extends Exception {

    public FrameException(String message) {
        super(message);
    }

    public FrameException(String message, Throwable cause) {
        super(message, cause);
    }
}

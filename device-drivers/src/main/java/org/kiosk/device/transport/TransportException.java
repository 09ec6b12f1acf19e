package org.kiosk.device.transport;

import java.io.IOException;

/** The link to a device failed: the port cannot be opened, was lost, or an I/O call failed. */
public class TransportException extends IOException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

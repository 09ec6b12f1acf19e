package org.kiosk.device.connection;

import org.kiosk.device.transport.TransportException;

/** The device is not connected right now; the connection keeps trying in the background. */
public final class NotConnectedException extends TransportException {
    public NotConnectedException(String message) {
        super(message);
    }
}

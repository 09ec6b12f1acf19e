package org.kiosk.device.transport;

/** The device did not answer within the read timeout. The link may still be up. */
public class TransportTimeoutException extends TransportException {
    public TransportTimeoutException(String message) {
        super(message);
    }
}

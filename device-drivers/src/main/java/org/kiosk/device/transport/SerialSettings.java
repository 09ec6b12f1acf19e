package org.kiosk.device.transport;

import java.util.Objects;

/**
 * How to open a serial port.
 *
 * @param path     the port, preferably its stable {@code /dev/serial/by-id/...} name
 * @param baudRate bits per second
 * @param rtsCts   hardware flow control (receipt printers usually want it on a real cable)
 */
public record SerialSettings(String path, int baudRate, boolean rtsCts) {

    public SerialSettings {
        Objects.requireNonNull(path);
        if (path.isBlank()) {
            throw new IllegalArgumentException("serial port path is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
    }

    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(path, baudRate, false);
    }
}

package org.kiosk.device;

import java.util.Objects;

/**
 * What a device says of itself. Fields the device does not report are {@link #UNKNOWN}.
 *
 * @param model       the model name or profile, e.g. {@code generic-80mm}
 * @param serialNumber the serial number where the device reports one
 * @param firmware    the firmware version where the device reports one
 * @param connection  how it is reached: a stable serial path or {@code tcp://host:port}
 */
public record DeviceIdentity(String model, String serialNumber, String firmware, String connection) {

    public static final String UNKNOWN = "unknown";

    public DeviceIdentity {
        model = orUnknown(model);
        serialNumber = orUnknown(serialNumber);
        firmware = orUnknown(firmware);
        connection = orUnknown(connection);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s;
    }

    public static DeviceIdentity of(String model, String connection) {
        return new DeviceIdentity(model, null, null, Objects.requireNonNull(connection));
    }
}

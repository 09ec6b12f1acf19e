package org.kiosk.device;

import java.util.Objects;

/**
 * A device operation that did not succeed, with a typed code saying what went wrong and who can fix it.
 * Messages name the device and the condition only: never personal data.
 */
public class DeviceException extends Exception {

    private final String deviceId;
    private final DeviceErrorCode code;

    public DeviceException(String deviceId, DeviceErrorCode code, String detail) {
        this(deviceId, code, detail, null);
    }

    public DeviceException(String deviceId, DeviceErrorCode code, String detail, Throwable cause) {
        super(format(deviceId, code, detail), cause);
        this.deviceId = Objects.requireNonNull(deviceId);
        this.code = Objects.requireNonNull(code);
    }

    private static String format(String deviceId, DeviceErrorCode code, String detail) {
        String base = deviceId + ": " + code.name() + " - " + code.description();
        return detail == null || detail.isBlank() ? base : base + " (" + detail + ")";
    }

    public String deviceId() {
        return deviceId;
    }

    public DeviceErrorCode code() {
        return code;
    }

    public ErrorAction action() {
        return code.action();
    }
}

package org.kiosk.device;

import java.util.Objects;
import java.util.Optional;

/**
 * A device's status at one moment.
 *
 * @param state  availability
 * @param detail per-kind detail
 * @param error  the error that put the device in this state, if any
 */
public record DeviceStatus(DeviceState state, StatusDetail detail, Optional<DeviceErrorCode> error) {

    public DeviceStatus {
        Objects.requireNonNull(state);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(error);
    }

    public static DeviceStatus of(DeviceState state, StatusDetail detail) {
        return new DeviceStatus(state, detail, Optional.empty());
    }

    public static DeviceStatus failed(DeviceState state, StatusDetail detail, DeviceErrorCode error) {
        return new DeviceStatus(state, detail, Optional.of(error));
    }

    public static DeviceStatus noDevice() {
        return of(DeviceState.NO_DEVICE, StatusDetail.NONE);
    }
}

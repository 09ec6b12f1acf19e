package org.kiosk.device;

import java.time.Instant;

/** A status change pushed to listeners. */
public record StatusEvent(String deviceId, DeviceKind kind, DeviceStatus previous, DeviceStatus current, Instant at) {
}

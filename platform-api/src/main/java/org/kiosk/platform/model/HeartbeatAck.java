package org.kiosk.platform.model;

import java.time.Instant;

public record HeartbeatAck(String kioskId, Instant receivedAt, int nextHeartbeatSeconds) {
}

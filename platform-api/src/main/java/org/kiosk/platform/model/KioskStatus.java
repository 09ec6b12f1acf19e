package org.kiosk.platform.model;

import java.time.Instant;
import java.util.List;

/**
 * What the platform last heard from a kiosk, for the operations fleet view.
 *
 * @param enrolled        whether it holds a certificate from enrolment (false: it spoke on a simulator's developer listener)
 * @param lastHeartbeatAt when its last heartbeat arrived, or null
 * @param lastHeartbeat   its status summary then, or null
 */
public record KioskStatus(String kioskId, boolean enrolled, Instant lastHeartbeatAt, Heartbeat lastHeartbeat) {

    public record KioskList(List<KioskStatus> kiosks) {
    }
}

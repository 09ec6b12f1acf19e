package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The kiosk's periodic status summary.
 *
 * @param outboxPending applications waiting in the kiosk's outbox
 */
public record Heartbeat(Instant sentAt, String softwareVersion, List<DeviceSummary> devices, int outboxPending) {

    public Heartbeat {
        devices = devices == null ? List.of() : List.copyOf(devices);
    }

    /** @param detail e.g. paper level, or null */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeviceSummary(String kind, String state, String detail) {
    }
}

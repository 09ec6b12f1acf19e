package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's periodic status summary.
 *
 * @param outboxPending         applications waiting in the kiosk's outbox
 * @param calendarDaysRemaining per region code (CN, HK, MO), the days of working-day calendar data the kiosk has left
 *                              from today, today included
 */
public record Heartbeat(Instant sentAt, String softwareVersion, List<DeviceSummary> devices, int outboxPending,
                        Map<String, Long> calendarDaysRemaining) {

    public Heartbeat {
        devices = devices == null ? List.of() : List.copyOf(devices);
        if (calendarDaysRemaining == null) {
            calendarDaysRemaining = Map.of();
        } else if (calendarDaysRemaining.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new IllegalArgumentException("calendarDaysRemaining must map region codes to numbers of days, without nulls");
        } else {
            calendarDaysRemaining = Map.copyOf(calendarDaysRemaining);
        }
    }

    /** A summary without calendar data, as kiosks before it sent. */
    public Heartbeat(Instant sentAt, String softwareVersion, List<DeviceSummary> devices, int outboxPending) {
        this(sentAt, softwareVersion, devices, outboxPending, Map.of());
    }

    /** @param detail e.g. paper level, or null */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeviceSummary(String kind, String state, String detail) {
    }
}

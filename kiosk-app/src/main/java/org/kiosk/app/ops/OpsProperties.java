package org.kiosk.app.ops;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations: {@code kiosk.ops.*}.
 *
 * @param site             {@code kiosk.ops.site}: where the kiosk stands (a site code, e.g. {@code gz-tianhe-01}), the
 *                         {@code site} label of {@code kiosk_build_info}
 * @param requiredDevices  {@code kiosk.ops.required-devices}: the devices (by name: printer, idcard, fingerprint, ...)
 *                         the kiosk cannot serve without; any of them down makes the kiosk not ready
 * @param heartbeatInterval {@code kiosk.ops.heartbeat-interval}: how often the kiosk sends the platform its status
 *                          summary until the platform's acknowledgement names another interval
 */
@ConfigurationProperties("kiosk.ops")
public record OpsProperties(
        @DefaultValue("unassigned") String site,
        @DefaultValue({"printer", "idcard"}) List<String> requiredDevices,
        @DefaultValue("60s") Duration heartbeatInterval) {

    public OpsProperties {
        if (!site.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("kiosk.ops.site must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        requiredDevices = List.copyOf(requiredDevices);
        if (!heartbeatInterval.isPositive()) {
            throw new IllegalArgumentException("kiosk.ops.heartbeat-interval must be positive (e.g. 60s)");
        }
    }
}

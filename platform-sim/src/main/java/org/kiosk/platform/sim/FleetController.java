package org.kiosk.platform.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kiosk.platform.model.Heartbeat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fleet view for small deployments that run no Prometheus (loopback only, as every admin operation): each kiosk
 * with its last heartbeat, device states, outbox depth and calendar data, as JSON ({@code /admin/fleet}) and as a
 * plain page ({@code /admin/fleet.html}). A kiosk is silent once three heartbeat intervals pass without one, or when
 * it was enrolled and never sent one. {@code /admin/kiosks} gives the same heartbeats unsummarised.
 */
@RestController
class FleetController {

    static final Duration SILENT_AFTER = Duration.ofSeconds(3L * ApiController.HEARTBEAT_SECONDS);

    private final Store store;
    private final JsonMapper json;
    private final Clock clock;

    @Autowired
    FleetController(Store store, JsonMapper json) {
        this(store, json, Clock.systemUTC());
    }

    FleetController(Store store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** The whole fleet as the last heartbeats tell it. */
    record FleetView(Instant at, int kiosks, int silent, List<FleetKiosk> fleet) {
    }

    /**
     * One kiosk: when it last spoke, whether it has gone silent, and what it said. An enrolled kiosk that never sent a
     * heartbeat is silent, with no time and no status.
     */
    record FleetKiosk(String kioskId, boolean enrolled, Instant lastHeartbeatAt, Long secondsSinceHeartbeat,
                      boolean silent, String softwareVersion, List<Heartbeat.DeviceSummary> devices, int outboxPending,
                      Map<String, Long> calendarDaysRemaining) {
    }

    @GetMapping(path = "/admin/fleet", produces = MediaType.APPLICATION_JSON_VALUE)
    FleetView fleet() {
        Instant now = clock.instant();
        List<FleetKiosk> kiosks = store.kiosks().stream().map(k -> kiosk(k, now)).toList();
        return new FleetView(now, kiosks.size(), (int) kiosks.stream().filter(FleetKiosk::silent).count(), kiosks);
    }

    @GetMapping(path = "/admin/fleet.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String fleetPage() {
        FleetView view = fleet();
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="30">
                <title>Kiosk fleet</title>
                <style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}.silent{background:#fcc}</style>
                </head><body>
                """);
        page.append("<h1>Kiosk fleet</h1>\n<p>").append(view.kiosks()).append(" kiosks, ").append(view.silent())
                .append(" silent (no heartbeat for ").append(SILENT_AFTER.toSeconds()).append(" s) at ")
                .append(escape(view.at().toString())).append("</p>\n");
        page.append("<table>\n<tr><th>kiosk</th><th>last heartbeat</th><th>seconds ago</th><th>version</th>")
                .append("<th>devices</th><th>outbox</th><th>calendar days left</th></tr>\n");
        for (FleetKiosk kiosk : view.fleet()) {
            page.append(kiosk.silent() ? "<tr class=\"silent\">" : "<tr>")
                    .append(cell(kiosk.kioskId()))
                    .append(cell(kiosk.lastHeartbeatAt() == null ? "never" : kiosk.lastHeartbeatAt().toString()))
                    .append(cell(kiosk.secondsSinceHeartbeat() == null ? "" : kiosk.secondsSinceHeartbeat().toString()))
                    .append(cell(kiosk.softwareVersion()))
                    .append(cell(kiosk.devices().stream().map(FleetController::device).collect(Collectors.joining("; "))))
                    .append(cell(Integer.toString(kiosk.outboxPending())))
                    .append(cell(kiosk.calendarDaysRemaining().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))))
                    .append("</tr>\n");
        }
        return page.append("</table>\n</body></html>\n").toString();
    }

    private FleetKiosk kiosk(Store.KioskRow stored, Instant now) {
        if (stored.lastHeartbeat().isEmpty()) {
            return new FleetKiosk(stored.kioskId(), stored.enrolled(), null, null, true, null, List.of(), 0, Map.of());
        }
        Store.LastHeartbeat last = stored.lastHeartbeat().get();
        Heartbeat heartbeat = json.readValue(last.statusJson(), Heartbeat.class);
        Duration since = Duration.between(last.at(), now);
        return new FleetKiosk(stored.kioskId(), stored.enrolled(), last.at(), Math.max(0, since.toSeconds()),
                since.compareTo(SILENT_AFTER) > 0, heartbeat.softwareVersion(), heartbeat.devices(),
                heartbeat.outboxPending(), heartbeat.calendarDaysRemaining());
    }

    private static String device(Heartbeat.DeviceSummary device) {
        return device.kind() + " " + device.state() + (device.detail() == null ? "" : " (" + device.detail() + ")");
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}

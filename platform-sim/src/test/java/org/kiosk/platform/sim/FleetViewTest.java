package org.kiosk.platform.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.Heartbeat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fleet view shows each kiosk's last heartbeat, as JSON and as a plain page, from what the simulator stored. */
class FleetViewTest {

    @TempDir
    static Path dir;

    static SimulatorFixture fixture;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        fixture = new SimulatorFixture(dir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void heartbeatsOfTwoKiosksShowInTheFleetViewAsJsonAndAsAPage() throws Exception {
        PlatformClient kiosk = fixture.kiosk().build();
        kiosk.heartbeat(new Heartbeat(Instant.now(), "1.2.0",
                List.of(new Heartbeat.DeviceSummary("RECEIPT_PRINTER", "OFFLINE", "paper=out cover=closed error=PAPER_OUT action=CLEAR"),
                        new Heartbeat.DeviceSummary("ID_CARD_READER", "ONLINE", null)),
                4, Map.of("CN", 400L, "HK", 25L)));
        assertThat(post("<b>kiosk</b>", """
                {"sentAt":"2026-11-27T10:00:00Z","softwareVersion":"1.1.0","devices":[],"outboxPending":0}""").statusCode())
                .isEqualTo(200);

        fixture.simulator.enrolKiosk("kiosk-quiet", dir.resolve("quiet.p12"), SimulatorFixture.KEY_STORE_PASSWORD);

        JsonNode fleet = json.readTree(get("/admin/fleet").body());
        assertThat(fleet.path("kiosks").asInt()).isEqualTo(3);
        assertThat(fleet.path("silent").asInt()).as("enrolled, never heard from").isEqualTo(1);
        assertThat(fleet.path("fleet").findValuesAsString("kioskId"))
                .containsExactly("<b>kiosk</b>", "kiosk-quiet", SimulatorFixture.KIOSK_ID);
        JsonNode quiet = fleet.path("fleet").get(1);
        assertThat(quiet.path("silent").asBoolean()).isTrue();
        assertThat(quiet.path("lastHeartbeatAt").isNull()).isTrue();
        JsonNode enrolled = fleet.path("fleet").get(2);
        assertThat(enrolled.path("enrolled").asBoolean()).isTrue();
        assertThat(enrolled.path("softwareVersion").asString()).isEqualTo("1.2.0");
        assertThat(enrolled.path("outboxPending").asInt()).isEqualTo(4);
        assertThat(enrolled.path("silent").asBoolean()).isFalse();
        assertThat(enrolled.path("devices").get(0).path("state").asString()).isEqualTo("OFFLINE");
        assertThat(enrolled.path("calendarDaysRemaining").path("HK").asLong()).isEqualTo(25);
        assertThat(enrolled.path("lastHeartbeatAt").asString()).isNotEmpty();

        HttpResponse<String> page = get("/admin/fleet.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("3 kiosks, 1 silent", "<td>kiosk-quiet</td><td>never</td>", "<td>" + SimulatorFixture.KIOSK_ID + "</td>",
                "RECEIPT_PRINTER OFFLINE (paper=out cover=closed error=PAPER_OUT action=CLEAR)", "<td>4</td>", "CN 400, HK 25",
                "&lt;b&gt;kiosk&lt;/b&gt;").doesNotContain("<b>kiosk</b>");
    }

    @Test
    void aHeartbeatWithNegativeCalendarDaysOrADeviceWithoutStateIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> negative = post("kiosk-bad", """
                {"sentAt":"2026-11-27T10:00:00Z","softwareVersion":"1.1.0","devices":[],"outboxPending":0,
                 "calendarDaysRemaining":{"CN":-1}}""");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("calendarDaysRemaining counts days");
        HttpResponse<String> stateless = post("kiosk-bad", """
                {"sentAt":"2026-11-27T10:00:00Z","softwareVersion":"1.1.0","devices":[{"kind":"RECEIPT_PRINTER"}],"outboxPending":0}""");
        assertThat(stateless.statusCode()).isEqualTo(400);
        assertThat(stateless.body()).contains("needs a kind and a state");
    }

    private HttpResponse<String> post(String kioskId, String body) throws Exception {
        URI heartbeats = fixture.simulator.devUri().orElseThrow().resolve("/api/v1/heartbeats");
        return http.send(HttpRequest.newBuilder(heartbeats).header("Content-Type", "application/json").header("Kiosk-Id", kioskId)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(fixture.simulator.devUri().orElseThrow().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

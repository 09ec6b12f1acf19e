package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.outbox.OutboxRecord;
import org.kiosk.app.outbox.OutboxState;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.platform.sim.PlatformSimulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kiosk, enrolled with a platform simulator over mutual TLS, sends its status summary; the simulator's fleet view
 * shows the kiosk with its device states, outbox depth and calendar data. The outbox submits through the same client,
 * each result counted.
 */
@SpringBootTest(properties = {"spring.main.keep-alive=false", "kiosk.print-sample-on-start=false", "kiosk.id=gz-hb-01",
        "kiosk.printer.poll-interval=100ms", "kiosk.ops.heartbeat-interval=1h"})
class HeartbeatTest {

    private static final String KIOSK = "gz-hb-01";
    private static final char[] STORE_PASSWORD = "kiosk-store".toCharArray();

    static Path dir;
    static PlatformSimulator platform;

    /** The simulator starts before the kiosk's context, which needs its address and the enrolled key store. */
    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("kiosk-heartbeat");
        platform = PlatformSimulator.start(PlatformSimulator.Options.forTest(dir.resolve("platform")));
        Path keyStore = platform.enrolKiosk(KIOSK, dir.resolve("kiosk.p12"), STORE_PASSWORD);
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
        registry.add("kiosk.platform.url", () -> platform.uri().toString());
        registry.add("kiosk.platform.key-store", keyStore::toString);
        registry.add("kiosk.platform.key-store-password", () -> new String(STORE_PASSWORD));
        registry.add("kiosk.platform.trust-store", () -> platform.trustStore().toString());
        registry.add("kiosk.platform.trust-store-password", () -> new String(PlatformSimulator.storePassword()));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    @Autowired
    HeartbeatSender heartbeats;

    @Autowired
    ReceiptPrinter printer;

    @Autowired
    IdCardReader reader;

    @Autowired
    SimulatedDevice<PrinterEmulator> simulatedPrinter;

    @Autowired
    MeterRegistry registry;

    @Autowired
    KioskOutbox outbox;

    /** The social insurance certificate: documents only, no appointment. */
    private static final String SOCIAL_INSURANCE = "1144010000749982812000110003000";

    private static ApplicationRequest application() {
        return new ApplicationRequest(SOCIAL_INSURANCE, "GZ-TH-01", "zh-CN", Instant.now(),
                new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"),
                ApplicationRequest.IdentityVerification.NONE);
    }

    @Test
    void theFleetViewShowsTheKiosksLastStatusSummary() throws Exception {
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();
        simulatedPrinter.emulator().setState(PrinterSimState.PAPER_NEAR_END);
        for (int attempt = 0; attempt < 100 && !(printer.status().detail() instanceof PrinterDetail d && d.paper() == PaperState.LOW); attempt++) {
            Thread.sleep(100);
        }

        OutboxRecord submitted = outbox.submit(SOCIAL_INSURANCE, JsonMapper.builder().build().writeValueAsBytes(application()));
        assertThat(submitted.state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(registry.get("kiosk.submissions").tag("result", "accepted").counter().count()).isEqualTo(1);

        Heartbeat summary = heartbeats.summary();
        assertThat(summary.devices()).extracting(Heartbeat.DeviceSummary::kind)
                .containsExactlyInAnyOrder("RECEIPT_PRINTER", "ID_CARD_READER", "FINGERPRINT", "QR_SCANNER");
        assertThat(summary.calendarDaysRemaining()).containsOnlyKeys("CN", "HK", "MO");
        HeartbeatAck ack = heartbeats.send();
        assertThat(ack.kioskId()).isEqualTo(KIOSK);
        assertThat(registry.get("kiosk.heartbeats").tag("result", "sent").counter().count()).isGreaterThanOrEqualTo(1);

        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.devUri().orElseThrow() + "/admin/fleet")).build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonNode kiosk = JsonMapper.builder().build().readTree(body).path("fleet").get(0);
        assertThat(kiosk.path("kioskId").asString()).isEqualTo(KIOSK);
        assertThat(kiosk.path("silent").asBoolean()).isFalse();
        assertThat(kiosk.path("outboxPending").asInt()).isZero();
        assertThat(kiosk.path("softwareVersion").asString()).isNotBlank();
        assertThat(kiosk.path("calendarDaysRemaining").path("CN").asLong())
                .isEqualTo(summary.calendarDaysRemaining().get("CN"));
        JsonNode printerSummary = null;
        for (JsonNode device : kiosk.path("devices")) {
            if (device.path("kind").asString().equals("RECEIPT_PRINTER")) {
                printerSummary = device;
            }
        }
        assertThat(printerSummary).isNotNull();
        assertThat(printerSummary.path("state").asString()).isEqualTo("ONLINE");
        assertThat(printerSummary.path("detail").asString()).isEqualTo("paper=low cover=closed");
    }
}

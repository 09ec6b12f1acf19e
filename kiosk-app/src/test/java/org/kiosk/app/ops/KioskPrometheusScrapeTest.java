package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.DeviceState;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A real Prometheus scrapes the kiosk (simulated devices, management server on loopback): every metric and label of
 * the table in {@code ops/README.md} is there, the kiosk stays under 200 series, and every panel query of the Grafana
 * dashboard runs without error and finds data. The printer is out of paper, so errors and actions have data too, and
 * two applications wait in the outbox (no platform is configured).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.main.keep-alive=false", "kiosk.print-sample-on-start=false", "kiosk.id=gz-test-01",
        "kiosk.ops.site=gz-tianhe", "kiosk.printer.poll-interval=200ms", "management.server.port=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskPrometheusScrapeTest {

    private static final String JOB = "kiosk";
    private static final String KIOSK = "gz-test-01";
    private static final int SERIES_LIMIT = 200;
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(kiosk_\\w+)` \\| (\\w+) \\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("`(\\w+)`");

    /** Made here, not by {@code @TempDir}: the context starts with the test instance, before JUnit fills static fields. */
    static final Path dir = temporaryDirectory();

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kiosk-scrape");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
    }

    @LocalManagementPort
    int managementPort;

    @Autowired
    ReceiptPrinter printer;

    @Autowired
    SimulatedDevice<PrinterEmulator> simulatedPrinter;

    @Autowired
    SessionRecorder sessions;

    @Autowired
    SubmissionRecorder submissions;

    @Autowired
    KioskProperties kiosk;

    @Autowired
    KioskOutbox outbox;

    private PrometheusServer prometheus;

    @BeforeAll
    void scrapeTheKioskWithItsPrinterOutOfPaper() throws Exception {
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        simulatedPrinter.emulator().setState(PrinterSimState.PAPER_OUT);
        awaitPaper(PaperState.OUT);
        sessions.sessionEnded(SessionOutcome.COMPLETED, Duration.ofSeconds(140));
        sessions.sessionEnded(SessionOutcome.FAILED, Duration.ofSeconds(40));
        submissions.submitted(SubmissionOutcome.ACCEPTED);
        // no platform is configured: both applications stay in the outbox
        outbox.submit("1144010000749982812000110003000", "{}".getBytes(StandardCharsets.UTF_8));
        outbox.submit("1144010000749982812000110003000", "{}".getBytes(StandardCharsets.UTF_8));

        prometheus = PrometheusServer.start(Files.createDirectories(dir.resolve("prometheus")), JOB,
                "127.0.0.1:" + managementPort, "/actuator/prometheus");
        prometheus.awaitScrapes(JOB, 3);
    }

    @AfterAll
    void stopPrometheus() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    }

    @Test
    void everyDocumentedMetricIsScrapedWithItsLabels() throws Exception {
        Map<String, List<String>> documented = documentedMetrics();
        assertThat(documented).hasSizeGreaterThanOrEqualTo(12);
        for (Map.Entry<String, List<String>> metric : documented.entrySet()) {
            String name = metric.getKey().endsWith("_seconds") && metric.getKey().contains("duration")
                    ? metric.getKey() + "_bucket" : metric.getKey();
            List<JsonNode> series = prometheus.query(name + "{job=\"" + JOB + "\"}");
            assertThat(series).as("series of %s", name).isNotEmpty();
            for (JsonNode one : series) {
                JsonNode labels = one.path("metric");
                assertThat(labels.path("kiosk").asString()).as("kiosk label of %s", name).isEqualTo(KIOSK);
                for (String label : metric.getValue()) {
                    assertThat(labels.has(label)).as("%s has label %s: %s", name, label, labels).isTrue();
                }
            }
        }
    }

    @Test
    void theScrapedValuesTellTheKiosksCondition() throws Exception {
        assertThat(value("kiosk_printer_paper_state{state=\"out\"}")).isEqualTo(1);
        assertThat(value("kiosk_device_state{device=\"printer\",state=\"offline\"}")).isEqualTo(1);
        assertThat(value("kiosk_device_state{device=\"idcard\",state=\"online\"}")).isEqualTo(1);
        assertThat(value("kiosk_device_action_required{device=\"printer\",action=\"clear\"}")).isEqualTo(1);
        assertThat(value("kiosk_device_errors_total{device=\"printer\",error=\"paper_out\",action=\"clear\"}")).isEqualTo(1);
        assertThat(value("kiosk_sessions_total{outcome=\"failed\"}")).isEqualTo(1);
        assertThat(value("kiosk_session_duration_seconds_count")).isEqualTo(2);
        assertThat(value("kiosk_session_duration_seconds_bucket{le=\"60.0\"}")).isEqualTo(1);
        assertThat(value("kiosk_submissions_total{result=\"accepted\"}")).isEqualTo(1);
        assertThat(value("kiosk_outbox_depth")).isEqualTo(2);
        assertThat(value("kiosk_outbox_oldest_pending_age_seconds")).isGreaterThan(0);
        assertThat(value("kiosk_calendar_data_remaining_days{region=\"cn\"}")).isGreaterThanOrEqualTo(0);
        assertThat(prometheus.query("kiosk_build_info{site=\"gz-tianhe\",version!=\"\"}")).hasSize(1);
    }

    @Test
    void theKioskStaysUnder200Series() throws Exception {
        double series = value("count({job=\"" + JOB + "\"})");
        assertThat(series).as("series scraped from one kiosk").isLessThan(SERIES_LIMIT);
        System.out.printf("series per kiosk: %.0f%n", series);
    }

    @Test
    void noLabelCarriesPersonalData() throws Exception {
        for (JsonNode series : prometheus.query("{job=\"" + JOB + "\"}")) {
            series.path("metric").properties().forEach(label ->
                    assertThat(label.getValue().asString()).as("label %s", label.getKey())
                            .doesNotContainPattern("\\d{17}[0-9Xx]").hasSizeLessThan(100));
        }
    }

    @Test
    void everyDashboardPanelQueryRunsAndFindsData() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(OpsFiles.dir().resolve("grafana/kiosk-fleet.json").toFile());
        assertThat(dashboard.path("templating").path("list").findValuesAsString("definition"))
                .containsExactly("label_values(kiosk_build_info, kiosk)");
        List<String> checked = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString()
                        .replace("$kiosk", KIOSK).replace("$__rate_interval", "1m");
                assertThat(prometheus.query(expr)).as("panel '%s': %s", panel.path("title").asString(), expr).isNotEmpty();
                checked.add(expr);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(20);
    }

    private double value(String promql) throws Exception {
        String query = promql.startsWith("count(") ? promql : promql.contains("{")
                ? promql.replace("{", "{job=\"" + JOB + "\",") : promql + "{job=\"" + JOB + "\"}";
        List<JsonNode> result = prometheus.query(query);
        assertThat(result).as("result of %s", query).hasSize(1);
        return Double.parseDouble(result.getFirst().path("value").get(1).asString());
    }

    private void awaitPaper(PaperState paper) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (printer.status().detail() instanceof PrinterDetail d && d.paper() == paper) {
                assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("printer did not report paper " + paper + ": " + printer.status());
    }

    /** The metric table of ops/README.md: each metric name with the labels it documents. */
    static Map<String, List<String>> documentedMetrics() throws Exception {
        String readme = Files.readString(OpsFiles.dir().resolve("README.md"));
        Map<String, List<String>> metrics = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(readme);
        while (row.find()) {
            List<String> labels = new ArrayList<>();
            Matcher label = LABEL.matcher(row.group(3));
            while (label.find()) {
                labels.add(label.group(1));
            }
            metrics.put(row.group(1), labels);
        }
        return metrics;
    }
}

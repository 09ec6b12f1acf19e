package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.DeviceState;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Faults made in the printer emulator (paper near end, paper out, cutter fault, cable pulled) move the printer's
 * meters and its health, and readiness over HTTP on the management port, and all come back when the fault clears.
 * The management port answers on loopback and not on the machine's network address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.main.keep-alive=false", "kiosk.print-sample-on-start=false", "kiosk.printer.poll-interval=100ms",
        "management.server.port=0"})
class DeviceFaultsTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
    }

    @Autowired
    ReceiptPrinter printer;

    @Autowired
    IdCardReader reader;

    @Autowired
    SimulatedDevice<PrinterEmulator> simulatedPrinter;

    @Autowired
    MeterRegistry registry;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void printerFaultsMoveItsMetersHealthAndReadiness() throws Exception {
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();
        PrinterEmulator emulator = simulatedPrinter.emulator();
        await(() -> state("online") == 1 && paper("full") == 1, "printer online with paper");
        assertThat(registry.get("kiosk.device.state").tag("device", "printer").tag("state", "online").gauge().getId()
                .getTag("kiosk")).as("the default kiosk.id tags every meter").isEqualTo("kiosk-demo");
        assertThat(health("/actuator/health/readiness")).startsWith("200 ").contains("\"status\":\"UP\"");

        emulator.setState(PrinterSimState.PAPER_NEAR_END);
        await(() -> paper("low") == 1, "paper near end");
        assertThat(state("online")).isEqualTo(1);
        assertThat(health("/actuator/health/devices/printer")).startsWith("200 ").contains("\"paper\":\"low\"");

        emulator.setState(PrinterSimState.PAPER_OUT);
        await(() -> paper("out") == 1 && errors("paper_out", "clear") == 1, "paper out");
        assertThat(state("offline")).isEqualTo(1);
        assertThat(state("online")).isZero();
        assertThat(action("clear")).isEqualTo(1);
        assertThat(health("/actuator/health/devices/printer")).startsWith("503 ")
                .contains("\"status\":\"OUT_OF_SERVICE\"", "\"error\":\"paper_out\"", "\"action\":\"clear\"");
        assertThat(health("/actuator/health/readiness")).startsWith("503 ");
        assertThat(health("/actuator/health/liveness")).startsWith("200 ");

        emulator.setState(PrinterSimState.CUTTER_ERROR);
        await(() -> state("hardware_error") == 1 && errors("cutter_error", "maintenance") == 1, "cutter fault");
        assertThat(action("maintenance")).isEqualTo(1);
        assertThat(action("clear")).isZero();
        assertThat(health("/actuator/health/devices/printer")).startsWith("503 ").contains("\"status\":\"DOWN\"");

        emulator.setState(PrinterSimState.PAPER_OK);
        await(() -> state("online") == 1, "fault cleared");
        emulator.unplug();
        await(() -> state("no_device") == 1 && errors("no_device", "suspend") == 1, "cable pulled");
        assertThat(paper("unknown")).isEqualTo(1);
        assertThat(health("/actuator/health/readiness")).startsWith("503 ").contains("\"requiredDevices\"");

        emulator.plugIn();
        await(() -> state("online") == 1, "cable back");
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(health("/actuator/health/readiness")).startsWith("200 ");
        assertThat(errors("paper_out", "clear")).as("a cleared error is not counted again").isEqualTo(1);
    }

    @Test
    void theManagementServerAnswersOnLoopbackOnly() throws Exception {
        Optional<InetAddress> networkAddress = NetworkInterface.networkInterfaces()
                .filter(DeviceFaultsTest::isUpAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses).filter(address -> !address.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(networkAddress.isPresent(), "this machine has no network address besides loopback");
        assertThat(health("/actuator/health/liveness")).startsWith("200 ");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(networkAddress.get(), managementPort), 2000))
                    .as("management port %d on %s", managementPort, networkAddress.get()).isInstanceOf(ConnectException.class);
        }
    }

    private static boolean isUpAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private double state(String state) {
        return registry.get("kiosk.device.state").tag("device", "printer").tag("state", state).gauge().value();
    }

    private double paper(String state) {
        return registry.get("kiosk.printer.paper.state").tag("device", "printer").tag("state", state).gauge().value();
    }

    private double action(String action) {
        return registry.get("kiosk.device.action.required").tag("device", "printer").tag("action", action).gauge().value();
    }

    /** 0 until the first such error: the counter is made when its error first appears. */
    private double errors(String error, String action) {
        Counter counter = registry.find("kiosk.device.errors").tag("device", "printer").tag("error", error)
                .tag("action", action).counter();
        return counter == null ? 0 : counter.count();
    }

    private String health(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int attempt = 0; attempt < 150; attempt++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }
}

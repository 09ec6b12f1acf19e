package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.DeviceState;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.sim.printer.PrinterEmulator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code kioskctl status} against this kiosk's own management endpoint, with its simulated devices. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.main.keep-alive=false", "kiosk.print-sample-on-start=false", "kiosk.printer.poll-interval=100ms",
        "management.server.port=0"})
class KioskctlStatusTest {

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

    @LocalManagementPort
    int managementPort;

    private record Run(int exitCode, String out, String err) {
    }

    private Run status() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KioskCtl.run(new PrintWriter(out, true), new PrintWriter(err, true), "status",
                "--url", "http://127.0.0.1:" + managementPort + "/actuator/health");
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void upWithEachDeviceThenDownNamingTheUnpluggedPrinter() throws Exception {
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();

        Run up = status();
        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.out()).contains("kiosk", "UP", "devices.printer", "devices.idcard", "storage");

        simulatedPrinter.emulator().unplug();
        try {
            for (int i = 0; i < 150 && printer.status().state() != DeviceState.NO_DEVICE; i++) {
                Thread.sleep(100);
            }
            Run down = status();
            assertThat(down.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
            assertThat(down.out()).contains("devices.printer", "DOWN", "state=no_device");
            assertThat(down.err()).startsWith("kioskctl: kiosk is DOWN: ").contains("devices.printer DOWN").endsWith("\n");
        } finally {
            simulatedPrinter.emulator().plugIn();
        }
    }
}

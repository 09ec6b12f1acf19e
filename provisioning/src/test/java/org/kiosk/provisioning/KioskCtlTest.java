package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.printer.RenderedReceipt;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.tools.ExternalTools;
import tools.jackson.databind.json.JsonMapper;

/** kioskctl as a technician runs it, against the printer emulator over a socat pty pair or TCP. */
class KioskCtlTest {

    private static final String TEST_QR_PAYLOAD = "https://kiosk.example/test";
    private static final Duration RECEIPT_WAIT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path receiptsDir;

    @RegisterExtension
    final PluggedDevices plugged = new PluggedDevices();
    private PtyPair pty;
    private PrinterEmulator emulator;

    /** The emulator on the device end of a fresh pty pair; returns the host end for {@code --port}. */
    private String printerOnPty(PrinterSimState state) throws IOException {
        pty = plugged.pty();
        emulator = PrinterEmulator.builder(receiptsDir).serial(pty.devicePath()).initialState(state).build();
        plugged.plug(emulator).start();
        return pty.hostPath().toString();
    }

    /** The emulator listening on a free loopback port; returns {@code host:port} for {@code --tcp}. */
    private String printerOnTcp(PrinterSimState state) throws IOException {
        emulator = PrinterEmulator.builder(receiptsDir).tcp(0).initialState(state).build();
        plugged.plug(emulator).start();
        return "127.0.0.1:" + emulator.boundPort();
    }

    private Map<String, Object> statusJson(PrinterSimState state) throws IOException {
        return succeededWithJson(kioskctl("printer", "status", "--port", printerOnPty(state), "--json"));
    }

    private RenderedReceipt theOnlyReceipt() throws InterruptedException {
        assertThat(emulator.awaitReceipts(1, RECEIPT_WAIT)).as("a receipt was rendered").isTrue();
        assertThat(emulator.receipts()).hasSize(1);
        assertThat(emulator.protocolErrors()).isEmpty();
        return emulator.receipts().getFirst();
    }

    private static void assertIsTheTestPage(RenderedReceipt receipt) throws Exception {
        assertThat(ExternalTools.zbarimg(receipt.png())).containsExactly(TEST_QR_PAYLOAD);
        assertThat(receipt.textLines()).anySatisfy(line -> assertThat(line).contains("打印机测试", "Printer test"));
        assertThat(receipt.textLines()).anySatisfy(line -> assertThat(line).contains("政务服务一体机"));
        assertThat(receipt.textLines()).anySatisfy(line -> assertThat(line).contains("English: government self-service kiosk"));
    }

    private static int freePortNobodyListensOn() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Nested
    class PrinterStatus {

        @Test
        void aReadyPrinterIsOnlineWithFullPaperAndClosedCover() throws Exception {
            Map<String, Object> status = statusJson(PrinterSimState.PAPER_OK);

            assertThat(status).containsEntry("state", "ONLINE").containsEntry("paper", "FULL")
                    .containsEntry("cover", "CLOSED").containsEntry("profile", "generic-80mm")
                    .containsEntry("endpoint", "serial:" + pty.hostPath())
                    .doesNotContainKeys("error", "action");
        }

        @Test
        void paperNearEndIsLowPaperButStillOnline() throws Exception {
            assertThat(statusJson(PrinterSimState.PAPER_NEAR_END))
                    .containsEntry("state", "ONLINE").containsEntry("paper", "LOW").doesNotContainKey("error");
        }

        @Test
        void paperOutTakesThePrinterOfflineForStaffToClear() throws Exception {
            assertThat(statusJson(PrinterSimState.PAPER_OUT))
                    .containsEntry("state", "OFFLINE").containsEntry("paper", "OUT")
                    .containsEntry("error", "PAPER_OUT").containsEntry("action", "CLEAR")
                    .containsKey("description");
        }

        @Test
        void anOpenCoverIsReported() throws Exception {
            assertThat(statusJson(PrinterSimState.COVER_OPEN))
                    .containsEntry("state", "OFFLINE").containsEntry("cover", "OPEN")
                    .containsEntry("error", "COVER_OPEN").containsEntry("action", "CLEAR");
        }

        @Test
        void withoutJsonEachFieldIsOneLabelledLine() throws Exception {
            Outcome r = kioskctl("printer", "status", "--port", printerOnPty(PrinterSimState.PAPER_NEAR_END));

            assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
            assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("state:\\s+ONLINE"))
                    .anySatisfy(l -> assertThat(l).matches("paper:\\s+LOW"));
        }
    }

    @Nested
    class PrinterTest {

        @Test
        void printsTheTestPageOverTcpWithANativeQrCode() throws Exception {
            String address = printerOnTcp(PrinterSimState.PAPER_OK);

            Outcome r = kioskctl("printer", "test", "--tcp", address);

            assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("Test receipt printed").contains("tcp://" + address, "paper FULL");
            RenderedReceipt receipt = theOnlyReceipt();
            assertIsTheTestPage(receipt);
            assertThat(receipt.qrPrinted()).containsExactly(TEST_QR_PAYLOAD);
        }

        @Test
        void printsTheTestPageOverSerialWithTheQrCodeAsARasterImage() throws Exception {
            String port = printerOnPty(PrinterSimState.PAPER_OK);

            Outcome r = kioskctl("printer", "test", "--port", port, "--profile", "generic-80mm-raster-qr");

            assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
            assertThat(r.out()).startsWith("Test receipt printed").contains("serial:" + port);
            RenderedReceipt receipt = theOnlyReceipt();
            assertThat(receipt.qrPrinted()).as("no GS ( k: the QR code went as an image").isEmpty();
            assertIsTheTestPage(receipt);
        }

        @Test
        void paperOutRefusesTheJob() throws Exception {
            String port = printerOnPty(PrinterSimState.PAPER_OUT);

            Outcome r = kioskctl("printer", "test", "--port", port, "--timeout", "2s");

            assertFailedInOneLine(r, "not printed", "PAPER_OUT", "nothing sent");
            assertThat(emulator.receipts()).isEmpty();
        }

        @Test
        void anOpenCoverRefusesTheJob() throws Exception {
            String port = printerOnPty(PrinterSimState.COVER_OPEN);

            Outcome r = kioskctl("printer", "test", "--port", port, "--timeout", "2s");

            assertFailedInOneLine(r, "not printed", "COVER_OPEN");
            assertThat(emulator.receipts()).isEmpty();
        }
    }

    @Nested
    class Unreachable {

        @Test
        void aPortThatDoesNotExist() {
            Outcome r = kioskctl("printer", "status", "--port", "/nonexistent", "--timeout", "1s");

            assertFailedInOneLine(r, "not reachable", "serial:/nonexistent", "1 s");
        }

        @Test
        void aPrinterThatNeverAnswers() throws Exception {
            String port = printerOnPty(PrinterSimState.PAPER_OK);
            emulator.setSilent(true);

            Outcome r = kioskctl("printer", "test", "--port", port, "--timeout", "2s");

            assertFailedInOneLine(r, "not reachable", "serial:" + port, "no answer");
            assertThat(emulator.receipts()).isEmpty();
        }

        @Test
        void aRefusedTcpConnection() throws Exception {
            String address = "127.0.0.1:" + freePortNobodyListensOn();

            Outcome r = kioskctl("printer", "status", "--tcp", address, "--timeout", "1s");

            assertFailedInOneLine(r, "not reachable", "tcp://" + address);
        }

        @Test
        void aSubSecondTimeoutIsReportedAsGiven() {
            Outcome r = kioskctl("printer", "status", "--port", "/nonexistent", "--timeout", "300ms");

            assertFailedInOneLine(r, "within 300 ms");
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void noPrinterGiven() {
            assertUsageError(kioskctl("printer", "status"), "--port", "--tcp");
        }

        @Test
        void bothPortAndTcp() {
            assertUsageError(kioskctl("printer", "test", "--port", "/dev/ttyUSB0", "--tcp", "127.0.0.1:9100"),
                    "mutually exclusive");
        }

        @Test
        void noSubcommand() {
            assertUsageError(kioskctl("printer"), "Missing required subcommand");
        }

        @Test
        void tcpAddressWithoutAUsablePort() {
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1"), "HOST:PORT", "127.0.0.1");
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1:70000"), "1..65535");
        }

        @Test
        void unknownProfileListsTheAllowedOnes() {
            assertUsageError(kioskctl("printer", "test", "--tcp", "127.0.0.1:9100", "--profile", "epson-tm-t88"),
                    "epson-tm-t88", "generic-80mm", "generic-80mm-raster-qr", "generic-58mm", "cn-80mm-swapped-sensors");
        }

        @Test
        void baudRateThatIsNotPositive() {
            assertUsageError(kioskctl("printer", "status", "--port", "/dev/ttyUSB0", "--baud", "0"), "--baud", "'0'");
        }

        @Test
        void timeoutThatIsNotADuration() {
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1:9100", "--timeout", "soon"),
                    "--timeout", "soon");
        }

        @Test
        void timeoutThatIsNotPositive() {
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1:9100", "--timeout", "0s"),
                    "--timeout", "0s");
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1:9100", "--timeout", "-1s"),
                    "--timeout", "-1s");
        }

        @Test
        void timeoutTooLongToWaitFor() {
            assertUsageError(kioskctl("printer", "status", "--tcp", "127.0.0.1:9100", "--timeout", "9223372036854775807s"),
                    "--timeout");
        }
    }

    @Test
    void helpGoesToStdoutAndSucceeds() {
        Outcome r = kioskctl("printer", "status", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: kioskctl printer status").contains("--port", "--tcp", "--timeout");
    }

    @Nested
    class Ports {

        @Test
        void jsonIsAnArrayOfPorts() throws Exception {
            Outcome r = kioskctl("ports", "--json");

            assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(JSON.readTree(r.out()).isArray()).as("JSON array: %s", r.out()).isTrue();
            List<?> ports = JSON.readValue(r.out(), List.class);
            assertThat(ports).allSatisfy(p -> assertThat(p).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsKeys("path", "stableName"));
        }
    }
}

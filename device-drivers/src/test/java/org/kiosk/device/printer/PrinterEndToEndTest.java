package org.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.StatusEvent;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.printer.RenderedReceipt;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.tools.ExternalTools;

/**
 * The driver against the printer emulator over a real socat pty pair, opened with jSerialComm as a USB
 * printer would be; the printed receipt is checked by an independent decoder (zbarimg).
 */
class PrinterEndToEndTest {

    private static final EscPosPrinter.Timing FAST = new EscPosPrinter.Timing(Duration.ofMillis(500), Duration.ofSeconds(5),
            Duration.ofMillis(100), new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));

    @TempDir
    Path out;

    private PtyPair pty;
    private PrinterEmulator emulator;
    private EscPosPrinter printer;
    private final List<StatusEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void cableUp() throws Exception {
        pty = PtyPair.start();
    }

    @AfterEach
    void cableDown() {
        if (printer != null) {
            printer.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        pty.close();
    }

    private void start(PrinterProfile profile, PrinterSimState state) throws Exception {
        emulator = PrinterEmulator.builder(out).serial(pty.devicePath()).initialState(state).build();
        emulator.start();
        printer = new EscPosPrinter("printer", profile, new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), 115200)),
                FAST, Clock.systemUTC());
        printer.addStatusListener(events::add);
        printer.start();
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).as("driver reached the emulator").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generic-80mm", "generic-80mm-raster-qr"})
    void printedReceiptCarriesAQrCodeThatZbarDecodesExactly(String profileName) throws Exception {
        start(PrinterProfile.byName(profileName), PrinterSimState.PAPER_OK);

        PrintResult result = printer.print(SampleReceipts.acceptanceReceipt());

        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
        RenderedReceipt receipt = emulator.receipts().getFirst();
        assertThat(ExternalTools.zbarimg(receipt.png())).containsExactly(SampleReceipts.SAMPLE_TRACKING_URL);
        assertThat(receipt.textLines()).anyMatch(l -> l.contains("受理回执"))
                .anyMatch(l -> l.contains("Acceptance Receipt"))
                .anyMatch(l -> l.contains("4405**********0014"));
        assertThat(emulator.protocolErrors()).isEmpty();
        assertThat(result.replacedCharacters()).isZero();
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void paperOutRefusesTheJobAndPrintsNothing() throws Exception {
        assertRefused(PrinterSimState.PAPER_OUT, PrinterError.PAPER_OUT, ErrorAction.CLEAR, DeviceState.OFFLINE);
        assertThat(((PrinterDetail) printer.status().detail()).paper()).isEqualTo(PaperState.OUT);
    }

    @Test
    void coverOpenRefusesTheJobAndPrintsNothing() throws Exception {
        assertRefused(PrinterSimState.COVER_OPEN, PrinterError.COVER_OPEN, ErrorAction.CLEAR, DeviceState.OFFLINE);
        assertThat(((PrinterDetail) printer.status().detail()).cover()).isEqualTo(CoverState.OPEN);
    }

    @Test
    void offlineRefusesTheJobAndPrintsNothing() throws Exception {
        assertRefused(PrinterSimState.OFFLINE, PrinterError.OFFLINE, ErrorAction.SUSPEND, DeviceState.OFFLINE);
    }

    @Test
    void cutterFaultRefusesTheJobForATechnician() throws Exception {
        assertRefused(PrinterSimState.CUTTER_ERROR, PrinterError.CUTTER_ERROR, ErrorAction.MAINTENANCE, DeviceState.HARDWARE_ERROR);
    }

    private void assertRefused(PrinterSimState state, PrinterError code, ErrorAction action, DeviceState deviceState) throws Exception {
        start(PrinterProfile.GENERIC_80MM, state);
        long before = emulator.printer().bytesReceived();
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.getMessage()).contains("nothing sent");
                });
        assertThat(printer.status().state()).isEqualTo(deviceState);
        assertThat(printer.status().error()).contains(code);
        // only status requests crossed the wire: 12 bytes of DLE EOT 1..4 per status read
        assertThat((emulator.printer().bytesReceived() - before) % 12).isZero();
        assertThat(emulator.receipts()).isEmpty();
        assertThat(pngs()).isEmpty();
    }

    @Test
    void paperNearEndPrintsAndPushesAnEvent() throws Exception {
        start(PrinterProfile.GENERIC_80MM, PrinterSimState.PAPER_OK);
        emulator.setState(PrinterSimState.PAPER_NEAR_END);
        for (int i = 0; i < 100 && events.stream().noneMatch(PrinterEndToEndTest::paperLow); i++) {
            Thread.sleep(20);
        }
        assertThat(events).anyMatch(PrinterEndToEndTest::paperLow);
        assertThat(printer.print(SampleReceipts.testPage("generic-80mm")).paperAfter()).isEqualTo(PaperState.LOW);
        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void cableUnpluggedMidJobIsReportedAsFailedAndNothingHalfPrintedAppears() throws Exception {
        start(PrinterProfile.GENERIC_80MM_RASTER_QR, PrinterSimState.PAPER_OK);
        emulator.unplugAfterBytes(300);

        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.JOB_INTERRUPTED));
        pty.unplug();
        awaitState(DeviceState.NO_DEVICE);
        assertThat(emulator.receipts()).isEmpty();
        assertThat(pngs()).isEmpty();
    }

    @Test
    void comesBackOnlineByItselfWhenThePtyPairIsKilledAndRestarted() throws Exception {
        start(PrinterProfile.GENERIC_80MM, PrinterSimState.PAPER_OK);
        awaitState(DeviceState.ONLINE);

        pty.unplug();
        awaitState(DeviceState.NO_DEVICE);
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.NO_DEVICE));

        pty.plugIn();
        awaitState(DeviceState.ONLINE);
        printer.print(SampleReceipts.testPage("generic-80mm"));
        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
        assertThat(ExternalTools.zbarimg(emulator.receipts().getFirst().png())).containsExactly(SampleReceipts.TEST_QR_PAYLOAD);
        assertThat(events).extracting(e -> e.current().state())
                .containsSubsequence(DeviceState.ONLINE, DeviceState.NO_DEVICE, DeviceState.ONLINE);
    }

    @Test
    void aPrinterThatStopsAnsweringGoesNoDeviceAndReturns() throws Exception {
        start(PrinterProfile.GENERIC_80MM, PrinterSimState.PAPER_OK);
        emulator.setSilent(true);
        awaitState(DeviceState.NO_DEVICE);
        emulator.setSilent(false);
        awaitState(DeviceState.ONLINE);
    }

    @Test
    void overTcpPort9100StyleItPrintsAndReconnectsAfterTheLinkDrops() throws Exception {
        emulator = PrinterEmulator.builder(out).tcp(0).build();
        emulator.start();
        printer = new EscPosPrinter("printer", PrinterProfile.GENERIC_80MM, new Endpoint.Tcp("127.0.0.1:" + emulator.boundPort()),
                FAST, Clock.systemUTC());
        printer.start();
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        printer.print(SampleReceipts.acceptanceReceipt());
        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();

        emulator.unplug();
        awaitState(DeviceState.NO_DEVICE);
        emulator.plugIn();
        awaitState(DeviceState.ONLINE);
        printer.print(SampleReceipts.testPage("generic-80mm"));
        assertThat(emulator.awaitReceipts(2, Duration.ofSeconds(10))).isTrue();
        assertThat(ExternalTools.zbarimg(emulator.receipts().get(1).png())).containsExactly(SampleReceipts.TEST_QR_PAYLOAD);
    }

    private void awaitState(DeviceState wanted) throws InterruptedException {
        for (int i = 0; i < 500 && printer.status().state() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(printer.status().state()).isEqualTo(wanted);
    }

    private static boolean paperLow(StatusEvent e) {
        return e.current().detail() instanceof PrinterDetail p && p.paper() == PaperState.LOW;
    }

    private List<Path> pngs() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".png")).toList();
        }
    }
}

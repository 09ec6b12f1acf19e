package org.kiosk.sim.printer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kiosk.sim.pty.PtyPair;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.ascii;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import org.kiosk.sim.tools.ExternalTools;

class PrinterStatusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final byte[] ALL_FOUR_REQUESTS = hex("10 04 01 10 04 02 10 04 03 10 04 04");

    /** Answers to DLE EOT 1, 2, 3, 4, worked out by hand from the protocol notes (base 0x12). */
    private static final Map<PrinterSimState, int[]> EXPECTED = new EnumMap<>(Map.of(
            PrinterSimState.PAPER_OK, new int[] {0x12, 0x12, 0x12, 0x12},
            PrinterSimState.PAPER_NEAR_END, new int[] {0x12, 0x12, 0x12, 0x1E},
            PrinterSimState.PAPER_OUT, new int[] {0x1A, 0x32, 0x12, 0x72},
            PrinterSimState.COVER_OPEN, new int[] {0x1A, 0x16, 0x12, 0x12},
            PrinterSimState.OFFLINE, new int[] {0x1A, 0x12, 0x12, 0x12},
            PrinterSimState.CUTTER_ERROR, new int[] {0x1A, 0x52, 0x1A, 0x12},
            PrinterSimState.UNRECOVERABLE_ERROR, new int[] {0x1A, 0x52, 0x32, 0x12},
            PrinterSimState.AUTO_RECOVERABLE_ERROR, new int[] {0x1A, 0x52, 0x52, 0x12}));

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(PrinterSimState.class)
    void answersFollowTheNotes(PrinterSimState state) {
        int[] answers = new int[4];
        for (int n = 1; n <= 4; n++) {
            answers[n - 1] = StatusAnswers.answer(n, state, PaperSensorBits.STANDARD);
            assertThat(answers[n - 1] & 0b1001_0011).as("fixed bits of %s n=%d", state, n).isEqualTo(0x12);
        }
        assertThat(answers).isEqualTo(EXPECTED.get(state));
    }

    @Test
    void swappedSensorBitsAndInvalidMasks() {
        assertThat(StatusAnswers.answer(4, PrinterSimState.PAPER_NEAR_END, PaperSensorBits.SWAPPED)).isEqualTo(0x72);
        assertThat(StatusAnswers.answer(4, PrinterSimState.PAPER_OUT, PaperSensorBits.SWAPPED)).isEqualTo(0x1E);
        assertThatThrownBy(() -> new PaperSensorBits(0x0C, 0x0C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaperSensorBits(0x01, 0x60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusAnswers.answer(5, PrinterSimState.PAPER_OK, PaperSensorBits.STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStateOverARealPtyPair() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start();
             PrinterEmulator emulator = PrinterEmulator.builder(out).serial(pty.devicePath()).build()) {
            emulator.start();
            assertThat(emulator.awaitConnected(true, WAIT)).isTrue();
            try (HostEnd host = HostEnd.serial(pty.hostPath())) {
                assertEveryState(emulator, host);
            }
        }
    }

    @Test
    void everyStateOverTcp() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                assertEveryState(emulator, host);
            }
        }
    }

    @Test
    void swappedSensorBitsOverTcp() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0)
                .paperSensorBits(PaperSensorBits.SWAPPED).initialState(PrinterSimState.PAPER_NEAR_END).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                host.write(hex("10 04 04"));
                assertThat(host.read()).isEqualTo(0x72);
            }
        }
    }

    @Test
    void paperOutDiscardsPrintDataButAnswersStatus() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0)
                .initialState(PrinterSimState.PAPER_OUT).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                host.write(concat(hex("1B 40"), ascii("lost"), hex("0A 1D 56 00 10 04 04")));
                // the answer comes after the job was interpreted, so the job has been dealt with by now
                assertThat(host.read()).isEqualTo(0x72);
                assertThat(emulator.receipts()).isEmpty();

                emulator.setState(PrinterSimState.PAPER_OK);
                host.write(concat(hex("1B 40"), ascii("kept"), hex("0A 1D 56 00 10 04 04")));
                assertThat(host.read()).isEqualTo(0x12);
                assertThat(emulator.receipts()).singleElement()
                        .satisfies(r -> assertThat(r.textLines()).containsExactly("kept"));
            }
            assertThat(emulator.protocolErrors()).isEmpty();
        }
    }

    @Test
    void statusIsAnsweredInTheMiddleOfAJob() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                host.write(concat(hex("1B 40 1D 28 6B 07 00 31 50 30"), ascii("data"), ascii("half a li")));
                host.write(hex("10 04 01"));
                assertThat(host.read()).isEqualTo(0x12);
                assertThat(emulator.receipts()).isEmpty();
                host.write(concat(ascii("ne"), hex("0A 1D 28 6B 03 00 31 51 30 1D 56 00")));
                assertThat(emulator.awaitReceipts(1, WAIT)).isTrue();
            }
            RenderedReceipt receipt = emulator.receipts().getFirst();
            assertThat(receipt.textLines()).containsExactly("half a line");
            assertThat(receipt.qrPrinted()).containsExactly("data");
        }
    }

    @Test
    void aSilentPrinterAnswersNothing() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                emulator.setSilent(true);
                host.write(hex("10 04 01"));
                assertThat(emulator.printer().awaitBytesReceived(3, WAIT)).isTrue();
                emulator.setSilent(false);
                host.write(hex("10 04 02"));
                assertThat(host.read()).isEqualTo(0x12);
                assertThat(emulator.printer().awaitBytesReceived(6, WAIT)).isTrue();
                assertThat(host.available()).isZero();
            }
        }
    }

    @Test
    void automaticStatusBackIsRecorded() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            try (HostEnd host = HostEnd.tcp(emulator.boundPort())) {
                host.write(hex("1D 61 0F 10 04 01"));
                assertThat(host.read()).isEqualTo(0x12);
            }
            assertThat(emulator.printer().automaticStatusBack()).hasValue(0x0F);
        }
    }

    private static void assertEveryState(PrinterEmulator emulator, HostEnd host) throws IOException {
        for (PrinterSimState state : PrinterSimState.values()) {
            emulator.setState(state);
            host.write(ALL_FOUR_REQUESTS);
            int[] answers = new int[4];
            for (int i = 0; i < 4; i++) {
                answers[i] = host.read();
            }
            assertThat(answers).as("%s: %s", state, Arrays.toString(answers)).isEqualTo(EXPECTED.get(state));
        }
    }
}

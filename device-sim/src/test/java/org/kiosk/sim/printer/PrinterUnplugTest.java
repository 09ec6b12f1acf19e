package org.kiosk.sim.printer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.pty.PtyPair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.ascii;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import org.kiosk.sim.tools.ExternalTools;

class PrinterUnplugTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path out;

    private static byte[] job(String line) {
        return concat(hex("1B 40 1B 61 01"), ascii(line), hex("0A"),
                hex("1D 28 6B 0B 00 31 50 30"), ascii("case-123"), hex("1D 28 6B 03 00 31 51 30"),
                hex("1D 56 42 10"));
    }

    @Test
    void cablePulledMidJobOverTcp() throws Exception {
        byte[] job = job("first");
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            int port = emulator.boundPort();
            try (HostEnd host = HostEnd.tcp(port)) {
                emulator.unplugAfterBytes(job.length - 10);
                host.write(job);
                assertThat(host.read()).as("connection closed by the printer").isEqualTo(-1);
            }
            assertThat(emulator.awaitConnected(false, WAIT)).isTrue();
            assertThat(emulator.printer().discardedPartialJobs()).isEqualTo(1);
            assertThat(emulator.receipts()).isEmpty();
            assertThat(pngs()).isEmpty();

            emulator.plugIn();
            assertThat(emulator.boundPort()).isEqualTo(port);
            try (HostEnd host = HostEnd.tcp(port)) {
                host.write(job("second"));
                assertThat(emulator.awaitReceipts(1, WAIT)).isTrue();
                host.write(hex("10 04 01"));
                assertThat(host.read()).isEqualTo(0x12);
            }
            assertThat(emulator.receipts()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.textLines()).containsExactly("second");
                        assertThat(r.qrPrinted()).containsExactly("case-123");
                    });
            assertThat(pngs()).hasSize(1);
            assertThat(emulator.protocolErrors()).isEmpty();
        }
    }

    @Test
    void unpluggedTcpPrinterRefusesConnections() throws Exception {
        try (PrinterEmulator emulator = PrinterEmulator.builder(out).tcp(0).build()) {
            emulator.start();
            int port = emulator.boundPort();
            emulator.unplug();
            assertThatThrownBy(() -> HostEnd.tcp(port))
                    .isInstanceOf(IOException.class);
            emulator.plugIn();
            try (HostEnd host = HostEnd.tcp(port)) {
                host.write(hex("10 04 04"));
                assertThat(host.read()).isEqualTo(0x12);
            }
        }
    }

    @Test
    void socatKilledMidJobOverPty() throws Exception {
        ExternalTools.require("socat", "socat");
        byte[] job = job("first");
        byte[] firstHalf = Arrays.copyOf(job, job.length / 2);
        try (PtyPair pty = PtyPair.start();
             PrinterEmulator emulator = PrinterEmulator.builder(out).serial(pty.devicePath()).build()) {
            emulator.start();
            assertThat(emulator.awaitConnected(true, WAIT)).isTrue();
            try (HostEnd host = HostEnd.serial(pty.hostPath())) {
                host.write(firstHalf);
                assertThat(emulator.printer().awaitBytesReceived(firstHalf.length, WAIT)).isTrue();
                pty.unplug();
            }
            assertThat(emulator.awaitConnected(false, WAIT)).isTrue();
            assertThat(emulator.printer().discardedPartialJobs()).isEqualTo(1);
            assertThat(pngs()).isEmpty();

            // the emulator reopens the path by itself once socat is back
            pty.plugIn();
            assertThat(emulator.awaitConnected(true, WAIT)).isTrue();
            try (HostEnd host = HostEnd.serial(pty.hostPath())) {
                host.write(job("second"));
                assertThat(emulator.awaitReceipts(1, WAIT)).isTrue();
                host.write(hex("10 04 01"));
                assertThat(host.read()).isEqualTo(0x12);
            }
            assertThat(emulator.receipts()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.textLines()).containsExactly("second");
                        assertThat(r.qrPrinted()).containsExactly("case-123");
                    });
            assertThat(pngs()).hasSize(1);
            assertThat(emulator.protocolErrors()).isEmpty();
        }
    }

    @Test
    void unplugAfterBytesOverPtyWaitsForPlugIn() throws Exception {
        ExternalTools.require("socat", "socat");
        byte[] job = job("first");
        try (PtyPair pty = PtyPair.start();
             PrinterEmulator emulator = PrinterEmulator.builder(out).serial(pty.devicePath()).build()) {
            emulator.start();
            assertThat(emulator.awaitConnected(true, WAIT)).isTrue();
            emulator.unplugAfterBytes(job.length - 10);
            try (HostEnd host = HostEnd.serial(pty.hostPath())) {
                host.write(job);
                assertThat(emulator.awaitConnected(false, WAIT)).isTrue();
            }
            // the cable is out at both ends: socat goes too, taking any bytes it still held
            pty.unplug();
            assertThat(emulator.printer().discardedPartialJobs()).isEqualTo(1);
            assertThat(pngs()).isEmpty();

            pty.plugIn();
            emulator.plugIn();
            assertThat(emulator.awaitConnected(true, WAIT)).isTrue();
            try (HostEnd host = HostEnd.serial(pty.hostPath())) {
                host.write(job("second"));
                assertThat(emulator.awaitReceipts(1, WAIT)).isTrue();
            }
            assertThat(emulator.receipts()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.textLines()).containsExactly("second");
                        assertThat(r.qrPrinted()).containsExactly("case-123");
                    });
            assertThat(pngs()).hasSize(1);
        }
    }

    private List<Path> pngs() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".png")).toList();
        }
    }
}

package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.provisioning.detect.DeviceMap;
import org.kiosk.provisioning.detect.PortDetector;
import org.kiosk.provisioning.detect.PortKind;
import org.kiosk.provisioning.detect.PortReport;
import org.kiosk.provisioning.ports.SerialPortScanner;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.qr.Suffix;
import org.kiosk.sim.tools.ExternalTools;

/** kioskctl detect on emulators, a silent port and a babbling one, each on its own socat pty pair. */
class DetectCommandTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> plugged = new ArrayList<>();

    @AfterEach
    void unplugEverything() throws Exception {
        Collections.reverse(plugged);
        for (AutoCloseable c : plugged) {
            c.close();
        }
    }

    private PtyPair pty() throws IOException {
        ExternalTools.require("socat", "socat");
        PtyPair pty = PtyPair.startIn(Files.createTempDirectory(dir, "pty"));
        plugged.add(pty);
        return pty;
    }

    private PrinterEmulator printer;

    private String printerPort() throws IOException {
        PtyPair pty = pty();
        printer = PrinterEmulator.builder(Files.createDirectories(dir.resolve("receipts"))).serial(pty.devicePath())
                .initialState(PrinterSimState.PAPER_OK).build();
        printer.start();
        plugged.add(printer);
        return pty.hostPath().toString();
    }

    private String idCardPort() throws IOException {
        PtyPair pty = pty();
        IdCardReaderEmulator reader = IdCardReaderEmulator.builder().serial(pty.devicePath()).build();
        reader.start();
        plugged.add(reader);
        return pty.hostPath().toString();
    }

    private String fingerprintPort() throws IOException {
        PtyPair pty = pty();
        FingerprintModuleEmulator module = FingerprintModuleEmulator.builder().serial(pty.devicePath()).build();
        module.start();
        plugged.add(module);
        return pty.hostPath().toString();
    }

    private String silentPort() throws IOException {
        return pty().hostPath().toString();
    }

    /** A port whose device end sends random bytes without pause, as a wrongly wired or broken device does. */
    private String babblingPort() throws IOException {
        PtyPair pty = pty();
        Thread babbler = Thread.ofPlatform().daemon().start(() -> {
            Random random = new Random(42);
            byte[] noise = new byte[64];
            try (OutputStream out = Files.newOutputStream(pty.devicePath())) {
                while (!Thread.currentThread().isInterrupted()) {
                    random.nextBytes(noise);
                    out.write(noise);
                    out.flush();
                    Thread.sleep(2);
                }
            } catch (IOException | InterruptedException stopped) {
                // the pty went away or the test is over
            }
        });
        plugged.add(babbler::interrupt);
        return pty.hostPath().toString();
    }

    /** The QR scanner emulator, its code scanned every half second as when held under the scanner. */
    private String scannerPort(String code, Suffix suffix) throws IOException {
        PtyPair pty = pty();
        QrScannerEmulator scanner = QrScannerEmulator.builder().serial(pty.devicePath()).suffix(suffix).build();
        scanner.start();
        plugged.add(scanner);
        Thread holder = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(500);
                    scanner.scan(code);
                }
            } catch (InterruptedException stopped) {
                // the test is over
            }
        });
        plugged.add(holder::interrupt);
        return pty.hostPath().toString();
    }

    @Test
    void findsEachEmulatorInShuffledOrderAndLeavesSilentAndBabblingPortsUnknownInBoundedTime() throws Exception {
        Map<String, PortKind> expected = new LinkedHashMap<>();
        expected.put(printerPort(), PortKind.RECEIPT_PRINTER);
        expected.put(idCardPort(), PortKind.ID_CARD_READER);
        expected.put(fingerprintPort(), PortKind.FINGERPRINT);
        expected.put(silentPort(), PortKind.UNKNOWN);
        expected.put(babblingPort(), PortKind.UNKNOWN);
        List<String> order = new ArrayList<>(expected.keySet());
        Collections.shuffle(order, new Random(7));
        List<String> args = new ArrayList<>(List.of("detect", "--json", "--by-id", dir.resolve("no-by-id").toString()));
        order.forEach(p -> args.addAll(List.of("--port", p)));
        // the detector gives every port up at this bound; only a hang would run past it and the start-up around it
        Duration bound = new PortDetector(PortDetector.Settings.standard(), new SerialPortScanner(dir)).boundPerPort();

        Map<String, Object> map = assertTimeoutPreemptively(bound.plusSeconds(5), () -> succeededWithJson(kioskctl(args.toArray(String[]::new))));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ports = (List<Map<String, Object>>) map.get("ports");
        assertThat(ports).extracting(p -> p.get("port")).containsExactlyElementsOf(order);
        for (Map<String, Object> p : ports) {
            assertThat(p.get("kind")).as("kind of %s", p).isEqualTo(expected.get(p.get("port")).name());
        }
        assertThat(ports).filteredOn(p -> "RECEIPT_PRINTER".equals(p.get("kind"))).singleElement()
                .satisfies(p -> assertThat(p.get("baud")).isEqualTo(115200));
        assertThat(ports).filteredOn(p -> "ID_CARD_READER".equals(p.get("kind"))).singleElement()
                .satisfies(p -> assertThat(p.get("serial")).isEqualTo("05.01-20240101-123456789-987654321"));
        assertThat(ports).filteredOn(p -> "FINGERPRINT".equals(p.get("kind"))).singleElement()
                .satisfies(p -> assertThat(p.get("baud")).isEqualTo(57600));
        assertThat(ports).filteredOn(p -> "UNKNOWN".equals(p.get("kind")))
                .allSatisfy(p -> assertThat(p.get("baud")).isNull())
                .extracting(p -> (String) p.get("note"))
                .anySatisfy(n -> assertThat(n).contains("no answer to any handshake"))
                .anySatisfy(n -> assertThat(n).contains("sends data unasked"));
        // the probes asked for status only: nothing reached the paper
        assertThat(printer.receipts()).isEmpty();
        assertThat(printer.protocolErrors()).isEmpty();
        System.out.printf("detect: 5 ports in %s ms (bound %d ms); per port: %s%n", map.get("elapsedMillis"), bound.toMillis(),
                ports.stream().map(p -> p.get("kind") + (p.get("note") != null && ((String) p.get("note")).startsWith("sends") ? " (babbling)" : "")
                        + " " + p.get("probeMillis") + " ms").toList());
    }

    @Test
    void aScannerIsFoundByTheLineItSendsWhileListening() throws Exception {
        String port = scannerPort("https://kiosk.example/track/123", Suffix.CRLF);

        Map<String, Object> map = succeededWithJson(kioskctl("detect", "--json", "--listen-qr", "5s", "--port", port,
                "--by-id", dir.toString()));

        @SuppressWarnings("unchecked")
        Map<String, Object> report = ((List<Map<String, Object>>) map.get("ports")).getFirst();
        assertThat(report).containsEntry("kind", "QR_SCANNER").containsEntry("baud", 9600)
                .containsEntry("note", "sent codes of text unasked, each ended by CRLF");
        assertThat(map.toString()).doesNotContain("track/123");
    }

    @Test
    void printsTheStableNameOfEachPortAndWritesTheMapForConfigure() throws Exception {
        String port = idCardPort();
        Path byId = Files.createDirectories(dir.resolve("by-id"));
        Path link = Files.createSymbolicLink(byId.resolve("usb-Synjones_ID_Reader_0001-if00-port0"), Path.of(port));
        Path out = dir.resolve("devices.json");

        KioskCtlRuns.Outcome r = kioskctl("detect", "--port", port, "--by-id", byId.toString(), "--out", out.toString());

        KioskCtlRuns.assertSucceeded(r);
        assertThat(r.out()).contains(port, "ID_CARD_READER", "115200", link.toString(), "1 port(s) probed");
        PortReport saved = DeviceMap.read(out).ports().getFirst();
        assertThat(saved.kind()).isEqualTo(PortKind.ID_CARD_READER);
        assertThat(saved.preferredPath()).isEqualTo(link.toString());
    }

    @Test
    void aMissingPortIsUnknownWithItsReason() {
        Map<String, Object> map = succeededWithJson(kioskctl("detect", "--json", "--port", dir.resolve("ttyUSB7").toString()));
        assertThat(map.toString()).contains("UNKNOWN", "no such port");
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        assertUsageError(kioskctl("detect", "--reply-timeout", "soon"), "--reply-timeout", "expected a duration");
    }

    @Test
    void aCorruptDeviceMapIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("devices.json"), "{\"ports\": 3");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> DeviceMap.read(bad)))
                .hasMessageContaining("devices.json").hasMessageContaining("not a device map");
    }
}

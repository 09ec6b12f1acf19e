package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.sim.PlatformSimulator;
import org.kiosk.provisioning.selftest.SelfTestReport;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.tools.ExternalTools;

/**
 * A technician's hour on emulated hardware: detect, configure, enroll against the platform simulator over TLS,
 * selftest with a card, a finger and a scanned code, and the provisioning report checked by qpdf and pdftotext.
 */
class ProvisioningWorkflowTest {

    private static final String SITE = "石门村党群服务中心";

    @TempDir
    static Path platformData;

    @TempDir
    Path dir;

    private static PlatformSimulator platform;
    @RegisterExtension
    final PluggedDevices plugged = new PluggedDevices();
    private PrinterEmulator printer;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformSimulator.start(PlatformSimulator.Options.forTest(platformData));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private PtyPair pty() throws IOException {
        return plugged.ptyIn(dir);
    }

    private String printerPort() throws IOException {
        PtyPair pty = pty();
        printer = plugged.printerWithPaper(pty, Files.createDirectories(dir.resolve("receipts")));
        return pty.hostPath().toString();
    }

    private String readerWithCard() throws IOException {
        PtyPair pty = pty();
        IdCardReaderEmulator reader = IdCardReaderEmulator.builder().serial(pty.devicePath()).build();
        reader.start();
        reader.place(CardLibrary.bundled().get("resident-fp2"));
        plugged.plug(reader);
        return pty.hostPath().toString();
    }

    private String moduleWithFinger() throws IOException {
        PtyPair pty = pty();
        FingerprintModuleEmulator module = FingerprintModuleEmulator.builder().serial(pty.devicePath()).build();
        module.start();
        module.finger(FingerprintModuleEmulator.strangerFinger());
        plugged.plug(module);
        return pty.hostPath().toString();
    }

    /** The QR scanner emulator with a code held under it, read again every 300 ms. */
    private String scannerShowingACode() throws IOException {
        PtyPair pty = pty();
        QrScannerEmulator scanner = QrScannerEmulator.builder().serial(pty.devicePath()).build();
        scanner.start();
        plugged.plug(scanner);
        plugged.holdUnder(scanner, "https://kiosk.example/test", Duration.ofMillis(300));
        return pty.hostPath().toString();
    }

    @Test
    void fromWiredPeripheralsToAnEnrolledTestedDocumentedKiosk() throws Exception {
        Path config = dir.resolve("etc/kiosk.yml");
        Path data = dir.resolve("data");
        String printerPort = printerPort();
        String readerPort = readerWithCard();
        String modulePort = moduleWithFinger();
        String scannerPort = scannerShowingACode();

        assertSucceeded(kioskctl("detect", "--port", modulePort, "--port", printerPort, "--port", readerPort,
                "--by-id", dir.resolve("by-id").toString(), "--out", data.resolve("devices.json").toString()));
        assertSucceeded(kioskctl("configure", "--config", config.toString(), "--devices", data.resolve("devices.json").toString(),
                "--qr-scanner", scannerPort, "--kiosk-id", "gd-sz-0042", "--site", SITE, "--site-code", "sz-nanshan-shimen-01", "--region", "CN",
                "--service-centre", "SZ-NS-01", "--platform", platform.uri().toString(), "--data-dir", data.toString()));
        assertSucceeded(kioskctl("enroll", "--config", config.toString(), "--platform", platform.uri().toString(),
                "--provisioning-key", platform.provisioningKey(), "--platform-ca", platformData.resolve("ca.pem").toString()));

        Map<String, Object> selfTest = succeededWithJson(kioskctl("selftest", "--config", config.toString(), "--json", "--wait", "10s"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checks = (List<Map<String, Object>>) selfTest.get("checks");
        assertThat(checks).extracting(c -> c.get("check") + "=" + c.get("result")).containsExactly(
                "printer=PASS", "idcard=PASS", "fingerprint=PASS", "qr=PASS", "passport=SKIPPED", "platform=PASS");
        assertThat(printer.awaitReceipts(1, java.time.Duration.ofSeconds(5))).isTrue();
        // the card was read, but nothing of its holder reaches the results
        String saved = Files.readString(data.resolve(SelfTestReport.FILE));
        assertThat(saved).contains("RESIDENT_ID read", "a code of 26 characters scanned").doesNotContain("321083197812162119", "测试一");

        Path pdf = dir.resolve("report.pdf");
        assertSucceeded(kioskctl("report", "--config", config.toString(), "--technician", "李工", "--out", pdf.toString()));

        ExternalTools.require("qpdf", "qpdf");
        ExternalTools.require("pdftotext", "poppler-utils");
        ExternalTools.Result check = ExternalTools.run("qpdf", "--check", pdf.toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
        String text = ExternalTools.run("pdftotext", "-layout", pdf.toString(), "-").output();
        assertThat(text).contains("gd-sz-0042", SITE, "李工", "SZ-NS-01", "sz-nanshan-shimen-01",
                "RECEIPT_PRINTER: " + printerPort, "ID_CARD_READER: " + readerPort, "FINGERPRINT: " + modulePort,
                "QR_SCANNER: " + scannerPort, "05.01-20240101-123456789-987654321", "AS608/R30x",
                "printer", "PASS", "SKIPPED", "Overall 总体: PASS", "SHA-256:", "CN=gd-sz-0042");
    }

    @Test
    void aDeviceThatDoesNotAnswerFailsItsCheckWithTheReasonAndTheRunExitsNonZero() throws Exception {
        Path config = dir.resolve("kiosk.yml");
        assertSucceeded(kioskctl("configure", "--config", config.toString(), "--printer", pty().hostPath().toString(),
                "--kiosk-id", "gd-sz-0042", "--site", SITE, "--site-code", "sz-nanshan-shimen-01", "--region", "CN", "--service-centre", "SZ-NS-01",
                "--platform", platform.uri().toString(), "--data-dir", dir.resolve("data").toString()));

        Path pdf = dir.resolve("report.pdf");
        KioskCtlRuns.assertFailedInOneLine(kioskctl("report", "--config", config.toString(), "--technician", "李工", "--out", pdf.toString()),
                "no self-test results", "run 'kioskctl selftest' first");

        KioskCtlRuns.Outcome r = kioskctl("selftest", "--config", config.toString(), "--json");

        assertThat(r.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
        assertThat(r.err()).isEqualTo("kioskctl: self-test failed: printer, platform\n");
        assertThat(r.json().toString()).contains("printer not reachable", "not enrolled");
        assertThat(SelfTestReport.read(dir.resolve("data")).passed()).isFalse();
        assertSucceeded(kioskctl("report", "--config", config.toString(), "--technician", "李工", "--out", pdf.toString()));
        assertThat(ExternalTools.run("pdftotext", "-layout", pdf.toString(), "-").output())
                .contains("Overall 总体: FAIL", "printer not reachable", "not enrolled 未注册", "ID_CARD_READER: not configured");

        // a value edited by hand into the file is refused before any device is touched
        Files.writeString(config, Files.readString(config).replace("region: \"CN\"", "region: \"TW\""));
        KioskCtlRuns.assertFailedInOneLine(kioskctl("selftest", "--config", config.toString()), "kiosk.centre.hours.region", "'TW' is not allowed");
    }
}

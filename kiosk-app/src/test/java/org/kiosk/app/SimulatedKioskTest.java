package org.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.consent.ConsentRecord;
import org.kiosk.app.consent.SqliteConsentStore;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.app.verification.BiometricBuffers;
import org.kiosk.app.verification.FingerprintVerification;
import org.kiosk.app.verification.VerificationOutcome;
import org.kiosk.device.DeviceState;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.document.DocumentType;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.Scan;
import org.kiosk.device.qr.ScanRequest;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kiosk on simulated peripherals: the card reader reads the simulated card, its holder's finger verifies, and
 * the scanner's codes reach an armed screen.
 */
@SpringBootTest(properties = {"spring.main.keep-alive=false", "kiosk.print-sample-on-start=false"})
class SimulatedKioskTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
    }

    @Autowired
    IdCardReader reader;

    @Autowired
    FingerprintModule module;

    @Autowired
    SqliteConsentStore consents;

    @Autowired
    FingerprintVerification verification;

    @Autowired
    KioskProperties kiosk;

    @Autowired
    QrScanner scanner;

    @Autowired
    SimulatedDevice<QrScannerEmulator> simulatedScanner;

    @Test
    void theSimulatedCardHoldersFingerIsVerifiedWithConsent() throws Exception {
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(module.awaitConnected(Duration.ofSeconds(10))).isTrue();
        IdentityDocument card = reader.readCard(true);
        assertThat(card.type()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(card.fingerprints()).hasSize(2);

        consents.record(new ConsentRecord(ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT,
                Instant.now(), kiosk.id(), "session-demo", ConsentRecord.Decision.GRANTED));
        BiometricBuffers buffers = new BiometricBuffers();
        VerificationOutcome outcome = verification.verify("session-demo", card, () -> false, buffers);

        assertThat(outcome).isInstanceOf(VerificationOutcome.Verified.class);
        assertThat(buffers.allZero()).isTrue();
        assertThat(reader.status().state()).isIn(DeviceState.ONLINE, DeviceState.BUSY);
        assertThat(dir.resolve("data").resolve("kiosk.db")).isRegularFile();
    }

    @Test
    void theSimulatedScannerDeliversCodesOnlyToAnArmedScreen() throws Exception {
        assertThat(scanner.awaitConnected(Duration.ofSeconds(10))).isTrue();
        QrScannerEmulator emulator = simulatedScanner.emulator();
        assertThat(emulator.awaitHost(Duration.ofSeconds(10))).isTrue();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        try (ScanRequest request = scanner.arm(scans::add)) {
            // a code held under the scanner: read again until the driver has the line open, delivered once
            Scan scan = null;
            while (scan == null) {
                emulator.scan("GD-APPOINTMENT-0001");
                scan = scans.poll(100, TimeUnit.MILLISECONDS);
            }
            assertThat(scan).isInstanceOfSatisfying(Scan.Text.class,
                    text -> assertThat(text.text()).isEqualTo("GD-APPOINTMENT-0001"));
        }
        assertThat(scanner.counts().delivered()).isEqualTo(1);
    }
}

package org.kiosk.app.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.consent.ConsentRecord;
import org.kiosk.app.consent.SqliteConsentStore;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.fingerprint.FingerprintError;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.idcard.document.FingerprintTemplate;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.idcard.document.TextLayoutParser;
import org.kiosk.device.idcard.document.WltPhoto;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;

/**
 * Person–ID verification against the module emulator over a real socat pty at 57600 baud, with consent in the real
 * SQLite store. In every case the verification's buffers and the card's templates are zero afterwards.
 */
class FingerprintVerificationEndToEndTest {

    private static final Card CARD = CardLibrary.bundled().get("resident-fp2");
    private static final String SESSION = "session-1";

    @TempDir
    Path dir;

    private PtyPair pty;
    private FingerprintModuleEmulator emulator;
    private FingerprintModule module;
    private SqliteConsentStore consents;
    private FingerprintVerification verification;
    private final BiometricBuffers buffers = new BiometricBuffers();

    @BeforeEach
    void setUp() throws Exception {
        pty = PtyPair.start();
        emulator = FingerprintModuleEmulator.builder().serial(pty.devicePath()).build();
        emulator.start();
        module = new FingerprintModule("fingerprint", new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), 57600)),
                new FingerprintModule.Options(Packet.DEFAULT_ADDRESS, 0, Duration.ofMillis(500), Duration.ofSeconds(30),
                        new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), Duration.ofMillis(20)),
                Clock.systemUTC());
        module.start();
        assertThat(module.awaitConnected(Duration.ofSeconds(10))).isTrue();
        consents = new SqliteConsentStore(dir.resolve("kiosk.db"));
        verification = new FingerprintVerification(module, consents, new FingerprintVerification.Settings(50, 3, Duration.ofMillis(400)));
    }

    @AfterEach
    void tearDown() {
        module.close();
        emulator.close();
        pty.close();
        consents.close();
    }

    private void consent(ConsentRecord.Decision decision) throws Exception {
        consents.record(new ConsentRecord(ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT,
                Instant.now(), "kiosk-0001", SESSION, decision));
    }

    private static IdentityDocument card(Card card) throws Exception {
        List<FingerprintTemplate> templates = new ArrayList<>();
        for (byte[] t : card.fingerprints()) {
            templates.add(new FingerprintTemplate(t));
        }
        return TextLayoutParser.parse(card.text(), new WltPhoto(card.photo()), templates);
    }

    private VerificationOutcome verify(IdentityDocument document) throws Exception {
        VerificationOutcome outcome = verification.verify(SESSION, document, () -> false, buffers);
        assertThat(buffers.allZero()).as("verification buffers zeroed").isTrue();
        assertThat(document.fingerprints()).as("card templates wiped").allMatch(FingerprintTemplate::isWiped);
        return outcome;
    }

    @Test
    void theCardHoldersFingerIsVerified() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD.fingerprints().get(1)));
        VerificationOutcome outcome = verify(card(CARD));
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.Verified.class, v -> {
            assertThat(v.score()).isGreaterThanOrEqualTo(50);
            assertThat(v.attempts()).isEqualTo(1);
        });
        assertThat(buffers.count()).as("one buffer held the card's templates in turn").isEqualTo(1);
        for (int moduleBuffer = 1; moduleBuffer <= 2; moduleBuffer++) {
            byte[] left = new byte[FingerprintTemplate.LENGTH];
            module.uploadTemplate(moduleBuffer, left);
            assertThat(left).as("module buffer %d overwritten", moduleBuffer).containsOnly(0);
        }
    }

    @Test
    void aStrangersFingerIsNotMatchedAfterEveryAttempt() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        emulator.finger(FingerprintModuleEmulator.strangerFinger());
        assertThat(verify(card(CARD))).isEqualTo(new VerificationOutcome.NotMatched(3));
    }

    @Test
    void poorImagesUseUpTheAttempts() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        emulator.poorImage(0x07);
        assertThat(verify(card(CARD))).isEqualTo(new VerificationOutcome.NotMatched(3));
    }

    @Test
    void noFingerInTimeEndsTheVerification() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        emulator.noFinger();
        assertThat(verify(card(CARD))).isEqualTo(new VerificationOutcome.NoFinger());
    }

    @Test
    void refusedConsentLeadsToTheAlternativeWithoutTouchingTheSensor() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        consent(ConsentRecord.Decision.REFUSED);
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD.fingerprints().getFirst()));
        assertThat(verify(card(CARD))).isEqualTo(new VerificationOutcome.ConsentRefused());
    }

    @Test
    void withoutAskedConsentNothingIsCaptured() throws Exception {
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD.fingerprints().getFirst()));
        assertThat(verify(card(CARD))).isEqualTo(new VerificationOutcome.NoConsent());
    }

    @Test
    void aCardWithoutFingerprintsIsSaidSo() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        assertThat(verify(card(CardLibrary.bundled().get("resident")))).isEqualTo(new VerificationOutcome.CardHasNoFingerprint());
    }

    @Test
    void aModuleUnpluggedMidCaptureIsADeviceErrorAndNothingLingers() throws Exception {
        consent(ConsentRecord.Decision.GRANTED);
        emulator.noFinger();
        Thread pull = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
            pty.unplug();
        });
        pull.start();
        VerificationOutcome outcome = verify(card(CARD));
        pull.join();
        assertThat(outcome).isInstanceOfSatisfying(VerificationOutcome.DeviceError.class,
                e -> assertThat(e.code()).isIn(FingerprintError.NO_DEVICE, FingerprintError.NOT_ANSWERING));
    }
}

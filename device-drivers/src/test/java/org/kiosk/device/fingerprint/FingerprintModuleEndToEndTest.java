package org.kiosk.device.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.fingerprint.Fault;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.fingerprint.Instruction;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;

/** The driver against the module emulator over a real socat pty pair at 57600 baud, the emulator pacing its replies. */
class FingerprintModuleEndToEndTest {

    private static final byte[] CARD_TEMPLATE = CardLibrary.bundled().get("resident-fp2").fingerprints().getFirst();

    private PtyPair pty;
    private FingerprintModuleEmulator emulator;
    private FingerprintModule module;

    @BeforeEach
    void cableUp() throws Exception {
        pty = PtyPair.start();
    }

    @AfterEach
    void cableDown() {
        if (module != null) {
            module.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        pty.close();
    }

    private FingerprintModule connect(FingerprintModuleEmulator.Builder builder, int password) throws Exception {
        emulator = builder.serial(pty.devicePath()).build();
        emulator.start();
        module = new FingerprintModule("fingerprint", new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), 57600)),
                new FingerprintModule.Options(Packet.DEFAULT_ADDRESS, password, Duration.ofMillis(500), Duration.ofMillis(100),
                        new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), Duration.ofMillis(20)),
                Clock.systemUTC());
        module.start();
        assertThat(module.awaitConnected(Duration.ofSeconds(10))).as("driver reached the emulator").isTrue();
        return module;
    }

    private FingerprintModule connect() throws Exception {
        return connect(FingerprintModuleEmulator.builder(), 0);
    }

    @Test
    void readsTheModulesParametersOnConnecting() throws Exception {
        connect(FingerprintModuleEmulator.builder().template(0, CARD_TEMPLATE).template(7, CARD_TEMPLATE), 0);
        awaitState(DeviceState.ONLINE);
        assertThat(module.capabilities()).isEqualTo(new FingerprintCapabilities(300, 3, 128, 57600));
        assertThat(module.templateCount()).isEqualTo(2);
    }

    @Test
    void theSamePersonsFingerMatchesTheCardTemplateAndAStrangersDoesNot() throws Exception {
        connect();
        byte[] buffer = CARD_TEMPLATE.clone();
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
        module.capture(Duration.ofSeconds(2), () -> false);
        module.imageToFeatures(1);
        module.downloadTemplate(2, buffer);
        assertThat(module.match()).isGreaterThanOrEqualTo(100);

        emulator.finger(FingerprintModuleEmulator.strangerFinger());
        module.capture(Duration.ofSeconds(2), () -> false);
        module.imageToFeatures(1);
        assertThat(module.match()).isLessThan(30);
    }

    @Test
    void aTemplateGoesUpAndComesBackWhole() throws Exception {
        connect();
        module.downloadTemplate(2, CARD_TEMPLATE.clone());
        byte[] back = new byte[512];
        module.uploadTemplate(2, back);
        assertThat(back).isEqualTo(CARD_TEMPLATE);
    }

    @Test
    void libraryOperations() throws Exception {
        connect();
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
        module.downloadTemplate(1, CARD_TEMPLATE.clone());
        module.store(1, 5);
        assertThat(module.templateCount()).isEqualTo(1);
        module.capture(Duration.ofSeconds(2), () -> false);
        module.imageToFeatures(1);
        assertThat(module.search(1, 0, 300).page()).isEqualTo(5);
        module.delete(5, 1);
        assertThatThrownBy(() -> module.search(1, 0, 300))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(FingerprintError.NOT_FOUND));
        module.downloadTemplate(1, CARD_TEMPLATE.clone());
        module.store(1, 6);
        module.empty();
        assertThat(module.templateCount()).isZero();
    }

    @Test
    void noFingerTimesOutAndCancellingStopsTheWait() throws Exception {
        connect();
        emulator.noFinger();
        assertThatThrownBy(() -> module.capture(Duration.ofMillis(300), () -> false))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(FingerprintError.TIMED_OUT);
                    assertThat(e.action()).isEqualTo(ErrorAction.USER);
                });
        AtomicBoolean cancelled = new AtomicBoolean(true);
        assertThatThrownBy(() -> module.capture(Duration.ofSeconds(10), cancelled::get))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(FingerprintError.CANCELLED));
    }

    @Test
    void aPoorImageIsTheCitizensToRetry() throws Exception {
        connect();
        for (int code : new int[] {0x06, 0x07}) {
            emulator.poorImage(code);
            module.capture(Duration.ofSeconds(2), () -> false);
            assertThatThrownBy(() -> module.imageToFeatures(1))
                    .isInstanceOfSatisfying(DeviceException.class, e -> {
                        assertThat(e.code()).isEqualTo(FingerprintError.POOR_IMAGE);
                        assertThat(e.action()).isEqualTo(ErrorAction.USER);
                    });
        }
    }

    @Test
    void aWrongPasswordIsAFaultForATechnician() throws Exception {
        connect(FingerprintModuleEmulator.builder().password(0x1234), 0x4321);
        awaitState(DeviceState.HARDWARE_ERROR);
        assertThat(module.status().error()).contains(FingerprintError.WRONG_PASSWORD);
        assertThatThrownBy(() -> module.templateCount())
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(FingerprintError.WRONG_PASSWORD));
    }

    @Test
    void theRightPasswordOpensAProtectedModule() throws Exception {
        connect(FingerprintModuleEmulator.builder().password(0x1234), 0x1234);
        awaitState(DeviceState.ONLINE);
        assertThat(module.templateCount()).isZero();
    }

    @Test
    void aCorruptedAnswerIsTypedAndTheNextCommandWorks() throws Exception {
        connect();
        emulator.inject(Fault.corruptChecksum().on(Instruction.TEMPLATE_NUM));
        assertThatThrownBy(() -> module.templateCount())
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(FingerprintError.CHECKSUM_ERROR));
        emulator.inject(Fault.truncate(5).on(Instruction.TEMPLATE_NUM));
        assertThatThrownBy(() -> module.templateCount())
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(FingerprintError.FRAME_ERROR));
        emulator.inject(Fault.garbage((byte) 0xEF, (byte) 0x00, (byte) 0x13).on(Instruction.TEMPLATE_NUM));
        assertThat(module.templateCount()).isZero();
    }

    @Test
    void unpluggedMidCaptureIsNoDeviceAndTheModuleComesBack() throws Exception {
        connect();
        emulator.noFinger();
        Thread pull = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            pty.unplug();
        });
        pull.start();
        assertThatThrownBy(() -> module.capture(Duration.ofSeconds(10), () -> false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isIn(FingerprintError.NO_DEVICE, FingerprintError.NOT_ANSWERING));
        pull.join();
        awaitState(DeviceState.NO_DEVICE);

        pty.plugIn();
        awaitState(DeviceState.ONLINE);
        emulator.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
        module.capture(Duration.ofSeconds(2), () -> false);
    }

    private void awaitState(DeviceState wanted) throws InterruptedException {
        for (int i = 0; i < 500 && module.status().state() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(module.status().state()).isEqualTo(wanted);
    }
}

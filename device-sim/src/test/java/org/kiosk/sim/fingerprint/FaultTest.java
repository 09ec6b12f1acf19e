package org.kiosk.sim.fingerprint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.Hex.u16;
import static org.kiosk.sim.fingerprint.InstructionRepliesTest.CARD_TEMPLATE;
import static org.kiosk.sim.fingerprint.TestPackets.*;

class FaultTest {

    private static ModuleHost hostWithFinger() {
        ModuleHost host = ModuleHost.start();
        host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
        return host;
    }

    @Test
    void corruptedChecksumOnceThenCorrectAgain() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().inject(Fault.corruptChecksum());
            assertThat(host.ask(GEN_IMG)).isEqualTo("EF 01 FF FF FF FF 07 00 03 02 00 F3");
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
            assertThat(host.emulator().pendingFaults()).isZero();
        }
    }

    @Test
    void corruptedChecksumOfOneDataPacket() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.capture(1);
            host.emulator().inject(Fault.corruptChecksum(2).on(Instruction.UP_CHAR));
            assertThat(host.ask(UP_CHAR_1)).isEqualTo(OK);
            payloadOf(host.readPacket(), 0x02);
            byte[] spoilt = host.readPacket();
            int sum = 0;
            for (int i = 6; i < spoilt.length - 2; i++) {
                sum += spoilt[i] & 0xFF;
            }
            assertThat(u16(spoilt, spoilt.length - 2)).isEqualTo((sum & 0xFFFF) ^ 0x00FF);
            payloadOf(host.readPacket(), 0x02);
            payloadOf(host.readPacket(), 0x08);
        }
    }

    @Test
    void chosenConfirmationCodeAndTheInstructionIsNotCarriedOut() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.capture(1);
            host.emulator().inject(Fault.confirmation(0x18).on(Instruction.STORE));
            assertThat(host.ask(STORE_1_PAGE_5)).isEqualTo("EF 01 FF FF FF FF 07 00 03 18 00 22");
            assertThat(host.emulator().storedTemplate(5)).isEmpty();
            host.emulator().inject(Fault.confirmation(0x03));
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 03 00 00 00 0F");
            assertThat(host.ask(STORE_1_PAGE_5)).isEqualTo(OK);
        }
    }

    @Test
    void persistentFaultStaysUntilCleared() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.emulator().injectPersistent(Fault.confirmation(0x03).on(Instruction.GEN_IMG));
            for (int i = 0; i < 3; i++) {
                assertThat(host.ask(GEN_IMG)).isEqualTo("EF 01 FF FF FF FF 07 00 03 03 00 0D");
            }
            assertThat(host.ask(VFY_PWD_0)).isEqualTo(OK);
            assertThat(host.emulator().pendingFaults()).isEqualTo(1);
            host.emulator().clearFaults();
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
        }
    }

    @Test
    void truncatedReplySendsOnlyItsFirstBytes() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().inject(Fault.truncate(7).on(Instruction.GEN_IMG));
            host.send(GEN_IMG);
            host.send(VFY_PWD_0);
            assertThat(hex(host.read(7))).isEqualTo("EF 01 FF FF FF FF 07");
            assertThat(hex(host.readPacket())).isEqualTo(OK);
        }
    }

    @Test
    void garbageBeforeTheReply() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().inject(Fault.garbage(hex("00 EF 55")));
            host.send(GEN_IMG);
            assertThat(hex(host.read(3 + 12))).isEqualTo("00 EF 55 " + NO_FINGER);
        }
    }

    @Test
    void silentModuleIgnoresTheInstruction() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.emulator().inject(Fault.silent().on(Instruction.GEN_IMG));
            host.send(GEN_IMG);
            // no image was captured
            assertThat(host.ask(IMG_2_TZ_1)).isEqualTo("EF 01 FF FF FF FF 07 00 03 15 00 1F");
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void slowReplyComesAfterTheDelay() throws Exception {
        Duration delay = Duration.ofMillis(150);
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().inject(Fault.delay(delay));
            long start = System.nanoTime();
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        }
    }

    @Test
    void faultsCombineOneOfEachKind() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().inject(Fault.garbage(hex("EE")));
            host.emulator().inject(Fault.corruptChecksum());
            host.emulator().inject(Fault.confirmation(0x03));
            host.emulator().inject(Fault.confirmation(0x01));
            host.send(GEN_IMG);
            assertThat(hex(host.read(13))).isEqualTo("EE EF 01 FF FF FF FF 07 00 03 03 00 F2");
            assertThat(host.ask(GEN_IMG)).isEqualTo(PACKET_ERROR);
            assertThat(host.emulator().pendingFaults()).isZero();
        }
    }

    @Test
    void unplugInsteadOfTheReplyLosesPowerUntilPluggedIn() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.password(0x12345678))) {
            assertThat(host.ask(VFY_PWD_12345678)).isEqualTo(OK);
            host.emulator().inject(Fault.unplug().on(Instruction.TEMPLATE_NUM));
            host.send(TEMPLATE_NUM);
            assertThat(host.emulator().awaitConnected(false, ModuleHost.WAIT)).isTrue();
            assertThat(host.available()).isZero();
            assertThat(host.emulator().passwordVerified()).isFalse();

            host.emulator().plugIn();
            assertThat(host.ask(TEMPLATE_NUM)).isEqualTo("EF 01 FF FF FF FF 07 00 05 21 00 00 00 2D");
        }
    }

    @Test
    void unplugInTheMiddleOfAnUpload() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.capture(1);
            // the acknowledge, the first data packet and 50 bytes of the second
            host.emulator().inject(Fault.unplugAfter(12 + 139 + 50).on(Instruction.UP_CHAR));
            host.send(UP_CHAR_1);
            byte[] partial = host.read(201);
            assertThat(hex(Arrays.copyOf(partial, 12))).isEqualTo(OK);
            assertThat(hex(Arrays.copyOfRange(partial, 151, 160))).isEqualTo("EF 01 FF FF FF FF 02 00 82");
            assertThat(host.emulator().awaitConnected(false, ModuleHost.WAIT)).isTrue();
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void unplugInTheMiddleOfADownload() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.emulator().inject(Fault.unplugDuringDownload(200));
            assertThat(host.ask(DOWN_CHAR_2)).isEqualTo(OK);
            // the rest of the data packets and a GenImg after them are lost with the cable
            host.send(concat(TestPackets.dataPackets(CARD_TEMPLATE, 128), hex(GEN_IMG)));
            assertThat(host.emulator().awaitConnected(false, ModuleHost.WAIT)).isTrue();
            assertThat(host.available()).isZero();

            host.emulator().plugIn();
            host.capture(1);
            // buffer 2 lost its partial template with the power
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 08 00 00 00 14");
        }
    }

    @Test
    void aDownloadWithinTheBudgetCompletes() throws Exception {
        try (ModuleHost host = hostWithFinger()) {
            host.emulator().inject(Fault.unplugDuringDownload(4 * 139));
            host.download(CARD_TEMPLATE);
            host.capture(1);
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 96 00 A2");
            assertThat(host.emulator().isConnected()).isTrue();
        }
    }

    @Test
    void unplugOverStreamsLosesPowerUntilPluggedIn() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.password(0x12345678))) {
            assertThat(host.ask(VFY_PWD_12345678)).isEqualTo(OK);
            host.emulator().unplug();
            assertThat(host.emulator().isConnected()).isFalse();
            assertThat(host.emulator().passwordVerified()).isFalse();
            host.emulator().plugIn();
            assertThat(host.ask(GEN_IMG)).isEqualTo(PASSWORD_FIRST);
        }
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> Fault.confirmation(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a failure code is 01-FF, not 00");
        assertThatThrownBy(() -> Fault.confirmation(0x100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.truncate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.unplugAfter(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.corruptChecksum(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.kiosk.sim.fingerprint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.Hex.u16;
import static org.kiosk.sim.fingerprint.TestPackets.*;

class InstructionRepliesTest {

    static final byte[] CARD_TEMPLATE = CardLibrary.bundled().get("resident-fp2").fingerprints().get(0);

    @Test
    void genImgWithoutAFinger() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
            // no valid image to turn into features
            assertThat(host.ask(IMG_2_TZ_1)).isEqualTo("EF 01 FF FF FF FF 07 00 03 15 00 1F");
        }
    }

    @Test
    void genImgAndImg2TzWithAFinger() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            // the finger leaving after the capture does not spoil the captured image
            host.emulator().noFinger();
            assertThat(host.ask(IMG_2_TZ_1)).isEqualTo(OK);
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0x06, 0x07})
    void poorImageIsCapturedButGivesNoFeatures(int code) throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().poorImage(code);
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            assertThat(host.ask(IMG_2_TZ_1)).isEqualTo(code == 6
                    ? "EF 01 FF FF FF FF 07 00 03 06 00 10" : "EF 01 FF FF FF FF 07 00 03 07 00 11");
        }
    }

    @Test
    void poorImageTakesOnly06Or07() {
        try (ModuleHost host = ModuleHost.start()) {
            assertThatThrownBy(() -> host.emulator().poorImage(0x15)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not 15");
        }
    }

    @Test
    void passwordZeroNeedsNoVerifying() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
            assertThat(host.ask(VFY_PWD_0)).isEqualTo(OK);
            assertThat(host.emulator().passwordVerified()).isTrue();
        }
    }

    @Test
    void anotherPasswordMustBeVerifiedFirst() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.password(0x12345678))) {
            assertThat(host.ask(GEN_IMG)).isEqualTo(PASSWORD_FIRST);
            assertThat(host.ask(VFY_PWD_0)).isEqualTo(WRONG_PASSWORD);
            // refused instructions keep the length of their acknowledge, with zeros
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 21 00 00 00 2D");
            assertThat(host.ask(VFY_PWD_12345678)).isEqualTo(OK);
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
        }
    }

    @Test
    void passwordZeroCanBeRequiredToo() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.passwordRequired(true))) {
            assertThat(host.ask(TEMPLATE_NUM)).isEqualTo("EF 01 FF FF FF FF 07 00 05 21 00 00 00 2D");
            assertThat(host.ask(VFY_PWD_0)).isEqualTo(OK);
            assertThat(host.ask(TEMPLATE_NUM)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 00 00 0C");
        }
    }

    @Test
    void samePersonsFingerMatchesTheDownloadedCardTemplate() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            host.capture(1);
            host.download(CARD_TEMPLATE);
            // score 150 = 00 96
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 96 00 A2");
        }
    }

    @Test
    void sameFeaturesTwiceScore200() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            host.capture(1);
            host.capture(2);
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 C8 00 D4");
        }
    }

    @Test
    void strangerDoesNotMatchAnyBundledCard() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.strangerFinger());
            host.capture(1);
            for (Card card : CardLibrary.bundled().cards()) {
                for (byte[] template : card.fingerprints()) {
                    host.download(template);
                    byte[] payload = payloadOf(host.exchange(MATCH), 0x07);
                    assertThat(payload[0]).as("no match").isEqualTo((byte) 0x08);
                    assertThat(u16(payload, 1)).as("score").isLessThan(30);
                }
            }
        }
    }

    @Test
    void anotherFingerOfTheSamePersonDoesNotMatch() throws Exception {
        byte[] second = CardLibrary.bundled().get("resident-fp2").fingerprints().get(1);
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(second));
            host.capture(1);
            host.download(CARD_TEMPLATE);
            assertThat(payloadOf(host.exchange(MATCH), 0x07)[0]).isEqualTo((byte) 0x08);
        }
    }

    @Test
    void aBlankBufferMatchesNothing() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 08 00 00 00 14");
        }
    }

    @Test
    void upCharSendsTheBufferInFourDataPackets() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.download(CARD_TEMPLATE);
            assertThat(host.ask(UP_CHAR_2)).isEqualTo(OK);
            byte[][] payloads = new byte[4][];
            for (int i = 0; i < 4; i++) {
                byte[] packet = host.readPacket();
                assertThat(hex(Arrays.copyOf(packet, 9))).isEqualTo(i < 3
                        ? "EF 01 FF FF FF FF 02 00 82" : "EF 01 FF FF FF FF 08 00 82");
                payloads[i] = payloadOf(packet, i < 3 ? 0x02 : 0x08);
            }
            assertThat(concat(payloads)).isEqualTo(CARD_TEMPLATE);
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void upCharFollowsThePacketSize() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask(PACKET_SIZE_64)).isEqualTo(OK);
            assertThat(host.emulator().packetSize()).isEqualTo(64);
            host.emulator().finger(FingerprintModuleEmulator.strangerFinger());
            host.capture(1);
            assertThat(host.ask(UP_CHAR_1)).isEqualTo(OK);
            byte[][] payloads = new byte[8][];
            for (int i = 0; i < 8; i++) {
                payloads[i] = payloadOf(host.readPacket(), i < 7 ? 0x02 : 0x08);
                assertThat(payloads[i]).hasSize(64);
            }
            assertThat(concat(payloads)).isEqualTo(FingerprintModuleEmulator.strangerFinger());
        }
    }

    @Test
    void aShortDownloadLeavesTheBufferBlank() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            host.capture(1);
            assertThat(host.ask(DOWN_CHAR_2)).isEqualTo(OK);
            host.send(TestPackets.dataPackets(Arrays.copyOf(CARD_TEMPLATE, 384), 128));
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 08 00 00 00 14");
        }
    }

    @Test
    void storeSearchLoadAndDelete() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.download(CARD_TEMPLATE);
            host.emulator().finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            host.capture(1);
            assertThat(host.ask(REG_MODEL)).isEqualTo(OK);
            assertThat(host.ask(STORE_1_PAGE_5)).isEqualTo(OK);
            assertThat(host.emulator().templateCount()).isEqualTo(1);
            // found on page 5 with score 200 (00 C8): the model is the live features
            assertThat(host.ask(SEARCH_1_ALL)).isEqualTo("EF 01 FF FF FF FF 07 00 07 00 00 05 00 C8 00 DB");
            assertThat(host.ask(LOAD_CHAR_2_PAGE_5)).isEqualTo(OK);
            assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 C8 00 D4");
            assertThat(host.ask(DELETE_PAGE_5)).isEqualTo(OK);
            assertThat(host.ask(SEARCH_1_ALL)).isEqualTo("EF 01 FF FF FF FF 07 00 07 09 00 00 00 00 00 17");
            // template read error from an empty page
            assertThat(host.ask(LOAD_CHAR_2_PAGE_5)).isEqualTo("EF 01 FF FF FF FF 07 00 03 0C 00 16");
        }
    }

    @Test
    void regModelRefusesTwoDifferentFingers() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.download(CARD_TEMPLATE);
            host.emulator().finger(FingerprintModuleEmulator.strangerFinger());
            host.capture(1);
            assertThat(host.ask(REG_MODEL)).isEqualTo("EF 01 FF FF FF FF 07 00 03 0A 00 14");
        }
    }

    @Test
    void pagesOutOfRange() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.capacity(5))) {
            // page 5 of a 5-page library
            assertThat(host.ask(STORE_1_PAGE_5)).isEqualTo("EF 01 FF FF FF FF 07 00 03 0B 00 15");
            assertThat(host.ask(DELETE_PAGE_5)).isEqualTo("EF 01 FF FF FF FF 07 00 03 10 00 1A");
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 04 1F 04 00 28"))
                    .isEqualTo("EF 01 FF FF FF FF 07 00 23 0B" + " 00".repeat(32) + " 00 35");
        }
    }

    @Test
    void templateNumIndexTableAndEmpty() throws Exception {
        byte[] template = FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE);
        try (ModuleHost host = ModuleHost.start(b -> b.template(0, template).template(5, template)
                .template(9, template))) {
            assertThat(host.ask(TEMPLATE_NUM)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 03 00 0F");
            // pages 0 and 5: byte 0 = 0010 0001; page 9: byte 1 = 0000 0010
            assertThat(host.ask(READ_INDEX_TABLE_0))
                    .isEqualTo("EF 01 FF FF FF FF 07 00 23 00 21 02" + " 00".repeat(30) + " 00 4D");
            assertThat(host.ask(EMPTY)).isEqualTo(OK);
            assertThat(host.ask(TEMPLATE_NUM)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 00 00 0C");
        }
    }

    @Test
    void readSysParaGivesTheSixteenBytes() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            // status 0000, system id 0009, capacity 012C, level 0003, address FFFFFFFF, packet size 2 (128),
            // baud 6 × 9600
            assertThat(host.ask(READ_SYS_PARA)).isEqualTo("EF 01 FF FF FF FF 07 00 13 00"
                    + " 00 00 00 09 01 2C 00 03 FF FF FF FF 00 02 00 06 04 57");
            assertThat(host.ask(SECURITY_LEVEL_4)).isEqualTo(OK);
            assertThat(host.emulator().securityLevel()).isEqualTo(4);
            assertThat(host.ask(VFY_PWD_0)).isEqualTo(OK);
            host.emulator().finger(FingerprintModuleEmulator.strangerFinger());
            assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            // status: password verified (04), image in the buffer (08)
            assertThat(host.ask(READ_SYS_PARA)).isEqualTo("EF 01 FF FF FF FF 07 00 13 00"
                    + " 00 0C 00 09 01 2C 00 04 FF FF FF FF 00 02 00 06 04 64");
        }
    }

    @Test
    void setSysParaRefusesUnknownRegistersAndValues() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            String invalidRegister = "EF 01 FF FF FF FF 07 00 03 1A 00 24";
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 05 0E 07 01 00 1C")).isEqualTo(invalidRegister);
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 05 0E 05 06 00 1F")).isEqualTo(invalidRegister);
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 05 0E 06 04 00 1E")).isEqualTo(invalidRegister);
            assertThat(host.emulator().securityLevel()).isEqualTo(3);
        }
    }

    @Test
    void setSysParaChangesTheBaudAfterItsAcknowledge() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 05 0E 04 0C 00 24")).isEqualTo(OK);
            assertThat(host.emulator().baud()).isEqualTo(115_200);
        }
    }

    @Test
    void getRandomCodeGivesFourBytes() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            byte[] payload = payloadOf(host.exchange(GET_RANDOM_CODE), 0x07);
            assertThat(payload).hasSize(5);
            assertThat(payload[0]).isZero();
        }
    }

    @Test
    void upImageIsRefused() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask(UP_IMAGE)).isEqualTo("EF 01 FF FF FF FF 07 00 03 0F 00 19");
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void badChecksumUnknownInstructionAndBadParametersAreReceiveErrors() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 03 01 00 06")).isEqualTo(PACKET_ERROR);
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 03 20 00 24")).isEqualTo(PACKET_ERROR);
            // Img2Tz into buffer 3
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 04 02 03 00 0A")).isEqualTo(PACKET_ERROR);
            // GenImg with a parameter it does not take
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 04 01 00 00 06")).isEqualTo(PACKET_ERROR);
            // LEN 1 is refused at once, without waiting for more bytes
            assertThat(host.ask("EF 01 FF FF FF FF 01 00 01")).isEqualTo(PACKET_ERROR);
        }
    }

    @Test
    void packetsForAnotherAddressAreNotAnswered() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.send("EF 01 00 00 00 01 01 00 03 01 00 05");
            assertThat(host.ask(GEN_IMG)).isEqualTo(NO_FINGER);
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void aModuleWithItsOwnAddress() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.address(0x12345678))) {
            host.send(GEN_IMG);
            host.send("EF 01 12 34 56 78 01 00 03 01 00 05");
            assertThat(hex(host.readPacket())).isEqualTo("EF 01 12 34 56 78 07 00 03 02 00 0C");
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void garbageBeforeAPacketAndPacketsSplitAcrossReadsAreHandled() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            host.send("00 EF 55 EF");
            host.send("01 FF FF FF FF 01 00");
            assertThat(host.ask("03 01 00 05")).isEqualTo(NO_FINGER);
        }
    }

    @Test
    void templatesMustHave512Bytes() {
        assertThatThrownBy(() -> FingerprintModuleEmulator.fingerOf(new byte[511]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a template has 512 bytes, got 511");
        assertThatThrownBy(() -> FingerprintModuleEmulator.builder().template(0, new byte[10]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerprintModuleEmulator.builder().baud(50_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerprintModuleEmulator.builder().packetSize(100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

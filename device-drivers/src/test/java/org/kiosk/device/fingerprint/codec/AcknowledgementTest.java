package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.fingerprint.codec.TestPackets.ack;
import static org.kiosk.device.fingerprint.codec.TestPackets.hex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosk.device.fingerprint.FingerprintError;

class AcknowledgementTest {

    private static Acknowledgement decode(byte[] frame) throws PacketException {
        PacketDecoder decoder = new PacketDecoder();
        decoder.feed(frame);
        Acknowledgement ack = Acknowledgement.of(decoder.next().orElseThrow());
        assertThat(decoder.buffered()).isZero();
        return ack;
    }

    private static FingerprintError codeOf(Throwable e) {
        return ((PacketException) e).code();
    }

    @Test
    void theCheckedOkAcknowledgement() throws Exception {
        Acknowledgement ack = decode(hex("EF 01 FF FF FF FF 07 00 03 00 00 0A"));
        assertThat(ack).isEqualTo(new Acknowledgement(0, new byte[0]));
        assertThat(ack.confirmation()).isEqualTo(Confirmation.OK);
        assertThat(ack.success()).isTrue();
        assertThat(ack.requireSuccess(Instruction.GEN_IMG)).isSameAs(ack);
    }

    @Test
    void readSysParaDefaults() throws Exception {
        // status 0000, system id 0009, capacity 300, level 3, address FFFFFFFF, size code 2, baud N 6
        Acknowledgement ack = decode(ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 02 00 06")));
        SystemParameters params = ack.systemParameters();
        assertThat(params).isEqualTo(new SystemParameters(0, 9, 300, 3, 0xFFFFFFFF, 128, 57600));
        assertThat(params.toString()).contains("capacity=300", "address=FFFFFFFF", "packetSize=128");
    }

    @ParameterizedTest
    @CsvSource({"0, 32, 1, 9600", "1, 64, 2, 19200", "2, 128, 6, 57600", "3, 256, 12, 115200"})
    void packetSizeCodesAndBaudRates(int sizeCode, int packetSize, int baudN, int baudRate) throws Exception {
        byte[] extra = hex("00 04 12 34 03 E8 00 05 00 00 00 01 00 00 00 00");
        extra[13] = (byte) sizeCode;
        extra[15] = (byte) baudN;
        SystemParameters params = decode(ack(0, extra)).systemParameters();
        assertThat(params).isEqualTo(new SystemParameters(4, 0x1234, 1000, 5, 1, packetSize, baudRate));
        assertThat(SystemParameters.packetSizeCode(packetSize)).isEqualTo(sizeCode);
        assertThat(SystemParameters.packetSizeBytes(sizeCode)).isEqualTo(packetSize);
        assertThat(SystemParameters.baudCode(baudRate)).isEqualTo(baudN);
    }

    @Test
    void systemParametersOutOfRangeAreFrameErrors() {
        assertThatThrownBy(() -> decode(ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 04 00 06")))
                .systemParameters()).hasMessage("system parameters give packet size code 4, not 0..3")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
        assertThatThrownBy(() -> decode(ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 02 00 00")))
                .systemParameters()).hasMessage("system parameters give baud rate N 0, not 1..12");
        assertThatThrownBy(() -> decode(ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 02 00 0D")))
                .systemParameters()).satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
        assertThatThrownBy(() -> decode(ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 02"))).systemParameters())
                .hasMessage("the acknowledgement to ReadSysPara has 14 extra bytes, 16 needed")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
    }

    @Test
    void setSysParaHelpersRefuseWhatTheModuleCannotBeSetTo() {
        assertThatThrownBy(() -> SystemParameters.packetSizeCode(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemParameters.packetSizeBytes(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemParameters.baudCode(10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemParameters.baudCode(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemParameters.baudCode(13 * 9600)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchScore() throws Exception {
        assertThat(decode(ack(0, hex("00 96"))).matchResult()).isEqualTo(new MatchResult(150));
        assertThat(decode(ack(0, hex("01 2C"))).matchResult()).isEqualTo(new MatchResult(300));
        assertThatThrownBy(() -> decode(ack(0x08, hex("00 00"))).matchResult())
                .hasMessage("the module answered 08 (the finger does not match) to Match")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.NO_MATCH));
        assertThatThrownBy(() -> decode(ack(0, hex("00"))).matchResult())
                .hasMessage("the acknowledgement to Match has 1 extra bytes, 2 needed");
    }

    @Test
    void searchPageAndScore() throws Exception {
        assertThat(decode(ack(0, hex("01 02 00 C8"))).searchResult()).isEqualTo(new SearchResult(258, 200));
        assertThatThrownBy(() -> decode(ack(0x09, hex("00 00 00 00"))).searchResult())
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.NOT_FOUND));
        assertThatThrownBy(() -> decode(ack(0, hex("01 02 00"))).searchResult())
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
    }

    @Test
    void templateCount() throws Exception {
        assertThat(decode(ack(0, hex("00 00"))).templateCount()).isZero();
        assertThat(decode(ack(0, hex("03 E8"))).templateCount()).isEqualTo(1000);
        assertThatThrownBy(() -> decode(ack(0, new byte[0])).templateCount())
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
    }

    @Test
    void bytesAfterTheAnswerAreIgnored() throws Exception {
        assertThat(decode(ack(0, hex("00 05 AB CD"))).templateCount()).isEqualTo(5);
    }

    @Test
    void failureCodesBecomeTheirTypedErrors() throws Exception {
        assertThatThrownBy(() -> decode(ack(0x02, new byte[0])).requireSuccess(Instruction.GEN_IMG))
                .hasMessage("the module answered 02 (no finger is on the sensor) to GenImg")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.NO_FINGER));
        assertThatThrownBy(() -> decode(ack(0x13, new byte[0])).requireSuccess(Instruction.VERIFY_PASSWORD))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.WRONG_PASSWORD));
        assertThatThrownBy(() -> decode(ack(0x44, new byte[0])).requireSuccess(Instruction.EMPTY))
                .hasMessage("the module answered 44 (a confirmation code the protocol does not define) to Empty")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.MODULE_ERROR));
    }

    @Test
    void onlyAcknowledgementPacketsAreAcknowledgements() {
        assertThatThrownBy(() -> Acknowledgement.of(new Packet(-1, PacketType.DATA, new byte[] {0})))
                .hasMessage("expected an acknowledgement, got a packet of type DATA")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
        assertThatThrownBy(() -> Acknowledgement.of(new Packet(-1, PacketType.ACK, new byte[0])))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
    }

    @Test
    void extraBytesAreCopiedAndShownBySizeOnly() {
        byte[] extra = hex("00 96");
        Acknowledgement ack = new Acknowledgement(0, extra);
        extra[1] = 0;
        assertThat(ack.extra()).containsExactly(0x00, 0x96);
        assertThat(ack.extraLength()).isEqualTo(2);
        assertThat(ack.toString()).isEqualTo("Acknowledgement[00, 2 extra bytes]");
        assertThatThrownBy(() -> new Acknowledgement(256, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.fingerprint.codec.TestPackets.hex;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InstructionTest {

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of((Supplier<byte[]>) Instruction::genImg, "01"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.img2Tz(1), "02 01"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.img2Tz(2), "02 02"),
                Arguments.of((Supplier<byte[]>) Instruction::match, "03"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.search(1, 0, 1000), "04 01 00 00 03 E8"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.search(2, 0x0102, 0xFFFF), "04 02 01 02 FF FF"),
                Arguments.of((Supplier<byte[]>) Instruction::regModel, "05"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.store(1, 300), "06 01 01 2C"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.loadChar(2, 0x00FF), "07 02 00 FF"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.upChar(1), "08 01"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.downChar(2), "09 02"),
                Arguments.of((Supplier<byte[]>) Instruction::upImage, "0A"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.deleteChar(0x0180, 2), "0C 01 80 00 02"),
                Arguments.of((Supplier<byte[]>) Instruction::empty, "0D"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.setSysPara(Instruction.REGISTER_BAUD, 12),
                        "0E 04 0C"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.setSysPara(Instruction.REGISTER_SECURITY_LEVEL, 3),
                        "0E 05 03"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.setSysPara(Instruction.REGISTER_PACKET_SIZE,
                        SystemParameters.packetSizeCode(256)), "0E 06 03"),
                Arguments.of((Supplier<byte[]>) Instruction::readSysPara, "0F"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.verifyPassword(0), "13 00 00 00 00"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.verifyPassword(0x89ABCDEF), "13 89 AB CD EF"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.verifyPassword(-1), "13 FF FF FF FF"),
                Arguments.of((Supplier<byte[]>) Instruction::getRandomCode, "14"),
                Arguments.of((Supplier<byte[]>) Instruction::templateNum, "1D"),
                Arguments.of((Supplier<byte[]>) () -> Instruction.readIndexTable(3), "1F 03"));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void parameterEncodings(Supplier<byte[]> payload, String expected) {
        byte[] bytes = payload.get();
        assertThat(hex(bytes)).isEqualTo(expected);
        assertThat(Instruction.of(bytes[0])).isPresent();
    }

    @Test
    void everyInstructionOfTheNotes() {
        assertThat(Instruction.values()).extracting(Instruction::code)
                .containsExactly(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x0E, 0x0F,
                        0x13, 0x14, 0x1D, 0x1F);
        assertThat(Instruction.of(0x13)).contains(Instruction.VERIFY_PASSWORD);
        assertThat(Instruction.VERIFY_PASSWORD.label()).isEqualTo("VfyPwd");
        assertThat(Instruction.of(0x0B)).isEmpty();
        assertThat(Instruction.of(0x101)).contains(Instruction.GEN_IMG);
    }

    @Test
    void eachCallGivesAFreshPayload() {
        byte[] first = Instruction.genImg();
        first[0] = 0x55;
        assertThat(Instruction.genImg()).containsExactly(0x01);
    }

    @Test
    void argumentsOutOfTheProtocolsRangeAreProgrammingErrors() {
        assertThatThrownBy(() -> Instruction.img2Tz(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("character buffer must be 1 or 2, was 0");
        assertThatThrownBy(() -> Instruction.upChar(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.store(1, 0x10000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 0..65535, was 65536");
        assertThatThrownBy(() -> Instruction.loadChar(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.search(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.deleteChar(0, 0x10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.setSysPara(256, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.setSysPara(4, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instruction.readIndexTable(4)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.fingerprint.codec.TestPackets.ANY_ADDRESS;
import static org.kiosk.device.fingerprint.codec.TestPackets.allZero;
import static org.kiosk.device.fingerprint.codec.TestPackets.hex;
import static org.kiosk.device.fingerprint.codec.TestPackets.packet;
import static org.kiosk.device.fingerprint.codec.TestPackets.template;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PacketEncoderTest {

    @Test
    void theCheckedPacketsOfTheNotes() {
        assertThat(hex(PacketEncoder.command(Packet.DEFAULT_ADDRESS, Instruction.genImg())))
                .isEqualTo("EF 01 FF FF FF FF 01 00 03 01 00 05");
        assertThat(hex(PacketEncoder.command(Packet.DEFAULT_ADDRESS, Instruction.verifyPassword(0))))
                .isEqualTo("EF 01 FF FF FF FF 01 00 07 13 00 00 00 00 00 1B");
        assertThat(hex(PacketEncoder.command(Packet.DEFAULT_ADDRESS, Instruction.img2Tz(1))))
                .isEqualTo("EF 01 FF FF FF FF 01 00 04 02 01 00 08");
        assertThat(hex(PacketEncoder.encode(new Packet(Packet.DEFAULT_ADDRESS, PacketType.ACK, new byte[] {0}))))
                .isEqualTo("EF 01 FF FF FF FF 07 00 03 00 00 0A");
    }

    @Test
    void lenIsThePayloadPlusTwoAndSumIsTheSixteenBitSumBigEndian() {
        // 256 bytes of FF: SUM = 02 + 01 + 02 + 256 × FF = 0xFF05, which needs both checksum bytes
        byte[] payload = new byte[256];
        Arrays.fill(payload, (byte) 0xFF);
        byte[] frame = PacketEncoder.encode(new Packet(0x12345678, PacketType.DATA, payload));
        assertThat(frame).hasSize(9 + 256 + 2);
        assertThat(hex(Arrays.copyOf(frame, 9))).isEqualTo("EF 01 12 34 56 78 02 01 02");
        assertThat(hex(Arrays.copyOfRange(frame, frame.length - 2, frame.length))).isEqualTo("FF 05");
        assertThat(frame).isEqualTo(packet(0x12345678, 0x02, payload));
    }

    @Test
    void theSumCarriesIntoItsHighByteAndIsTakenModuloSixtyFiveThousandFiveHundredAndThirtySix() {
        // 08 + 00 + 82 + 128 × FF = 0x800A
        byte[] payload = new byte[128];
        Arrays.fill(payload, (byte) 0xFF);
        byte[] frame = PacketEncoder.encode(new Packet(ANY_ADDRESS, PacketType.END_DATA, payload));
        assertThat(hex(Arrays.copyOfRange(frame, 6, 9))).isEqualTo("08 00 82");
        assertThat(hex(Arrays.copyOfRange(frame, frame.length - 2, frame.length))).isEqualTo("80 0A");
        // no packet within the length bound reaches 0x10000, so the wrap shows on the sum alone: 300 × FF = 0x12AD4
        byte[] many = new byte[300];
        Arrays.fill(many, (byte) 0xFF);
        assertThat(Packets.sum(many, 0, many.length)).isEqualTo(0x2AD4);
    }

    @Test
    void payloadsOutsideTheDecodersBoundsAreRefused() {
        assertThatThrownBy(() -> PacketEncoder.command(ANY_ADDRESS, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PacketEncoder.command(ANY_ADDRESS, new byte[257]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a payload has 1..256 bytes, not 257");
    }

    @Test
    void aTemplateOfFiveHundredAndTwelveBytesInFourPacketsOfOneHundredAndTwentyEight() {
        byte[] template = template(512, 7);
        List<byte[]> frames = PacketEncoder.dataPackets(Packet.DEFAULT_ADDRESS, template, 128);
        assertThat(frames).hasSize(4);
        assertThat(frames).extracting(frame -> frame[6]).containsExactly((byte) 2, (byte) 2, (byte) 2, (byte) 8);
        for (int i = 0; i < 4; i++) {
            byte[] chunk = Arrays.copyOfRange(template, 128 * i, 128 * (i + 1));
            assertThat(frames.get(i)).isEqualTo(packet(ANY_ADDRESS, i < 3 ? 0x02 : 0x08, chunk));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64, 128, 256})
    void everyPacketSize(int packetSize) {
        byte[] template = template(512, packetSize);
        List<byte[]> frames = PacketEncoder.dataPackets(0x0000_0001, template, packetSize);
        assertThat(frames).hasSize(512 / packetSize);
        for (int i = 0; i < frames.size(); i++) {
            int pid = i == frames.size() - 1 ? 0x08 : 0x02;
            byte[] chunk = Arrays.copyOfRange(template, packetSize * i, packetSize * (i + 1));
            assertThat(frames.get(i)).as("packet %d", i).isEqualTo(packet(1, pid, chunk));
        }
    }

    @Test
    void aShortLastPacket() {
        List<byte[]> frames = PacketEncoder.dataPackets(ANY_ADDRESS, template(300, 1), 128);
        assertThat(frames).extracting(frame -> frame.length).containsExactly(139, 139, 55);
        assertThat(frames).extracting(frame -> frame[6]).containsExactly((byte) 2, (byte) 2, (byte) 8);
        assertThat(PacketEncoder.dataPackets(ANY_ADDRESS, template(20, 1), 32)).singleElement()
                .satisfies(frame -> assertThat(frame[6]).isEqualTo((byte) 8));
    }

    @Test
    void badPacketSizesAndEmptyTemplatesAreRefused() {
        assertThatThrownBy(() -> PacketEncoder.dataPackets(ANY_ADDRESS, template(512, 1), 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packet size must be one of [32, 64, 128, 256], was 100");
        assertThatThrownBy(() -> PacketEncoder.dataPackets(ANY_ADDRESS, new byte[0], 128))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFramedCopiesOfATemplateCanBeWiped() {
        List<byte[]> frames = PacketEncoder.dataPackets(ANY_ADDRESS, template(512, 3), 128);
        PacketEncoder.wipe(frames);
        assertThat(frames).hasSize(4).allSatisfy(frame -> assertThat(allZero(frame)).isTrue());
    }

    @Test
    void encodingDoesNotTouchThePacket() {
        byte[] payload = template(64, 9);
        Packet packet = new Packet(ANY_ADDRESS, PacketType.DATA, payload);
        PacketEncoder.encode(packet);
        assertThat(payload).isEqualTo(template(64, 9));
    }
}

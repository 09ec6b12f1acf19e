package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.fingerprint.codec.TestPackets.ANY_ADDRESS;
import static org.kiosk.device.fingerprint.codec.TestPackets.allZero;
import static org.kiosk.device.fingerprint.codec.TestPackets.concat;
import static org.kiosk.device.fingerprint.codec.TestPackets.hex;
import static org.kiosk.device.fingerprint.codec.TestPackets.packet;
import static org.kiosk.device.fingerprint.codec.TestPackets.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kiosk.device.fingerprint.FingerprintError;

class PacketDecoderTest {

    private static final byte[] ACK_OK = hex("EF 01 FF FF FF FF 07 00 03 00 00 0A");
    private static final byte[] ACK_NO_FINGER = hex("EF 01 FF FF FF FF 07 00 03 02 00 0C");
    private static final byte[] GEN_IMG = hex("EF 01 FF FF FF FF 01 00 03 01 00 05");

    private final PacketDecoder decoder = new PacketDecoder();

    /** Every packet the bytes hold, in order; the bytes must not hold errors. */
    private List<Packet> drain(PacketDecoder from) throws PacketException {
        List<Packet> packets = new ArrayList<>();
        for (Optional<Packet> packet = from.next(); packet.isPresent(); packet = from.next()) {
            packets.add(packet.get());
        }
        return packets;
    }

    private static FingerprintError codeOf(Throwable e) {
        return ((PacketException) e).code();
    }

    @Test
    void theCheckedPacketsOfTheNotes() throws Exception {
        decoder.feed(concat(ACK_OK, GEN_IMG));
        assertThat(drain(decoder)).containsExactly(
                new Packet(ANY_ADDRESS, PacketType.ACK, new byte[] {0x00}),
                new Packet(ANY_ADDRESS, PacketType.COMMAND, new byte[] {0x01}));
        assertThat(decoder.skippedBytes()).isZero();
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void aPacketIsLenPlusNineBytes() throws Exception {
        byte[] params = packet(ANY_ADDRESS, 0x07, concat(new byte[] {0}, new byte[16]));
        assertThat(params).hasSize(0x13 + 9);
        decoder.feed(Arrays.copyOf(params, params.length - 1));
        assertThat(decoder.next()).isEmpty();
        decoder.feed(params, params.length - 1, 1);
        assertThat(decoder.next().orElseThrow().payloadLength()).isEqualTo(17);
    }

    @Test
    void lengthsAndSumsWhoseNaiveMisreadDiffers() throws Exception {
        // LEN 01 02 and a sum with a high low byte: read signed or with << 8 + precedence, both go wrong
        byte[] payload = new byte[256];
        Arrays.fill(payload, (byte) 0xFF);
        byte[] data = packet(ANY_ADDRESS, 0x08, payload);
        assertThat(data[8]).isEqualTo((byte) 0x02);
        assertThat(data[7] << 8 + data[8]).isNotEqualTo(0x102);
        decoder.feed(data);
        Packet packet = decoder.next().orElseThrow();
        assertThat(packet.type()).isEqualTo(PacketType.END_DATA);
        assertThat(packet.payload()).isEqualTo(payload);
    }

    @Test
    void garbageBeforeTheStartCodeIsSkippedAndCounted() throws Exception {
        decoder.feed(concat(hex("00 EF 02 01 EF EF"), ACK_OK));
        assertThat(decoder.next()).map(Packet::firstByte).contains(0);
        assertThat(decoder.skippedBytes()).isEqualTo(6);
    }

    @Test
    void garbageAloneIsDroppedAndDoesNotAccumulate() throws Exception {
        for (int i = 0; i < 1000; i++) {
            decoder.feed(template(100, i));
            decoder.next();
        }
        assertThat(decoder.buffered()).isLessThan(2);
        assertThat(decoder.skippedBytes()).isGreaterThan(99_000);
    }

    @Test
    void packetsSplitAtEveryByteBoundary() throws Exception {
        byte[] stream = concat(ACK_OK, packet(ANY_ADDRESS, 0x02, template(128, 1)),
                packet(ANY_ADDRESS, 0x08, template(128, 2)), ACK_NO_FINGER);
        for (int cut = 0; cut <= stream.length; cut++) {
            PacketDecoder split = new PacketDecoder();
            List<Packet> packets = new ArrayList<>();
            split.feed(Arrays.copyOfRange(stream, 0, cut));
            split.next().ifPresent(packets::add);
            split.feed(Arrays.copyOfRange(stream, cut, stream.length));
            packets.addAll(drain(split));
            assertThat(packets).as("cut at %d", cut).extracting(Packet::type)
                    .containsExactly(PacketType.ACK, PacketType.DATA, PacketType.END_DATA, PacketType.ACK);
            assertThat(packets.get(2).payload()).isEqualTo(template(128, 2));
            assertThat(split.skippedBytes()).isZero();
        }
    }

    @Test
    void byteByByte() throws Exception {
        byte[] stream = concat(hex("13 37"), ACK_OK, hex("EF"), ACK_NO_FINGER);
        List<Packet> packets = new ArrayList<>();
        for (byte b : stream) {
            decoder.feed(new byte[] {b});
            decoder.next().ifPresent(packets::add);
        }
        assertThat(packets).extracting(Packet::firstByte).containsExactly(0x00, 0x02);
        assertThat(decoder.skippedBytes()).isEqualTo(3);
    }

    @Test
    void twoPacketsInOneChunk() throws Exception {
        decoder.feed(concat(ACK_NO_FINGER, ACK_OK));
        assertThat(drain(decoder)).extracting(Packet::firstByte).containsExactly(0x02, 0x00);
    }

    @Test
    void aStartByteAtTheEndOfAChunkIsKept() throws Exception {
        decoder.feed(hex("01 02 03 EF"));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(1);
        assertThat(decoder.skippedBytes()).isEqualTo(3);
        decoder.feed(Arrays.copyOfRange(ACK_OK, 1, ACK_OK.length));
        assertThat(decoder.next()).map(Packet::type).contains(PacketType.ACK);
    }

    @Test
    void aTruncatedPacketWaitsUntilCleared() throws Exception {
        decoder.feed(Arrays.copyOf(packet(ANY_ADDRESS, 0x02, template(128, 4)), 100));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(100);
        decoder.clear();
        assertThat(decoder.buffered()).isZero();
        assertThat(decoder.skippedBytes()).isEqualTo(100);
        decoder.feed(ACK_OK);
        assertThat(decoder.next()).isPresent();
    }

    @Test
    void aPacketFromAnotherAddressIsTypedAndDroppedWhole() throws Exception {
        decoder.feed(concat(packet(0xFFFFFFFE, 0x07, new byte[] {0}), ACK_NO_FINGER));
        assertThatThrownBy(decoder::next).isInstanceOf(PacketException.class)
                .hasMessage("ACK packet from address FFFFFFFE, expected FFFFFFFF")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.WRONG_ADDRESS));
        assertThat(decoder.next()).map(Packet::firstByte).contains(0x02);
        assertThat(decoder.skippedBytes()).isEqualTo(12);
    }

    @Test
    void aConfiguredAddress() throws Exception {
        PacketDecoder configured = new PacketDecoder(0x0A0B0C0D);
        assertThat(configured.address()).isEqualTo(0x0A0B0C0D);
        configured.feed(concat(ACK_OK, packet(0x0A0B0C0D, 0x07, new byte[] {0})));
        assertThatThrownBy(configured::next)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.WRONG_ADDRESS));
        assertThat(configured.next()).map(Packet::address).contains(0x0A0B0C0D);
    }

    @Test
    void aBadSumIsTypedAndTheNextPacketStillComes() throws Exception {
        byte[] corrupted = ACK_OK.clone();
        corrupted[corrupted.length - 1] ^= 0x01;
        decoder.feed(concat(corrupted, ACK_NO_FINGER));
        assertThatThrownBy(decoder::next).isInstanceOf(PacketException.class)
                .hasMessage("ACK packet of length 3 has checksum 000B, the bytes give 000A")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.CHECKSUM_ERROR));
        assertThat(decoder.next()).map(Packet::firstByte).contains(0x02);
        assertThat(decoder.skippedBytes()).isEqualTo(ACK_OK.length);
    }

    @Test
    void aBadSumInTheHighByte() throws Exception {
        byte[] corrupted = ACK_OK.clone();
        corrupted[corrupted.length - 2] = 0x01;
        decoder.feed(corrupted);
        assertThatThrownBy(decoder::next)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.CHECKSUM_ERROR));
    }

    @Test
    void lengthTooSmallIsAFrameErrorAndTheDecoderResynchronises() throws Exception {
        for (String len : new String[] {"00 00", "00 01", "00 02"}) {
            PacketDecoder fresh = new PacketDecoder();
            fresh.feed(concat(hex("EF 01 FF FF FF FF 07 " + len + " 00 0A"), ACK_OK));
            assertThatThrownBy(fresh::next).isInstanceOf(PacketException.class)
                    .hasMessageContaining("is outside 3..258")
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
            assertThat(fresh.next()).map(Packet::type).contains(PacketType.ACK);
        }
    }

    @Test
    void lengthTooLargeIsAFrameErrorAtOnceWithoutWaitingForTheBytes() throws Exception {
        decoder.feed(hex("EF 01 FF FF FF FF 02 01 03"));
        assertThatThrownBy(decoder::next).isInstanceOf(PacketException.class)
                .hasMessage("DATA packet length field 259 is outside 3..258")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
        decoder.feed(ACK_OK);
        assertThat(decoder.next()).map(Packet::type).contains(PacketType.ACK);
        assertThat(decoder.skippedBytes()).isEqualTo(9);
    }

    @Test
    void theLargestPacketIsWithinTheLimit() throws Exception {
        decoder.feed(packet(ANY_ADDRESS, 0x02, template(256, 1)));
        assertThat(decoder.next()).map(Packet::payloadLength).contains(256);
    }

    @Test
    void anUnknownPacketTypeIsAFrameError() throws Exception {
        decoder.feed(concat(packet(ANY_ADDRESS, 0x03, new byte[] {0}), ACK_OK));
        assertThatThrownBy(decoder::next).hasMessage("packet type 03 is unknown")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.FRAME_ERROR));
        assertThat(decoder.next()).map(Packet::type).contains(PacketType.ACK);
    }

    @Test
    void aCorruptedLengthThatSwallowsTheNextPacketFindsItAgain() throws Exception {
        byte[] corrupted = ACK_OK.clone();
        corrupted[8] = 0x10;
        decoder.feed(concat(corrupted, ACK_NO_FINGER, GEN_IMG));
        assertThatThrownBy(decoder::next)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.CHECKSUM_ERROR));
        assertThat(drain(decoder)).extracting(Packet::type).containsExactly(PacketType.ACK, PacketType.COMMAND);
    }

    @Test
    void aPacketCutShortByANewOneIsRecovered() throws Exception {
        byte[] data = packet(ANY_ADDRESS, 0x02, template(128, 5));
        decoder.feed(concat(Arrays.copyOf(data, 60), data));
        assertThatThrownBy(decoder::next).isInstanceOf(PacketException.class);
        assertThat(decoder.next()).map(Packet::payload).hasValueSatisfying(p -> assertThat(p).isEqualTo(template(128, 5)));
        assertThat(decoder.skippedBytes()).isEqualTo(60);
    }

    @Test
    void noCopyOfATemplateStaysInTheDecoder() throws Exception {
        byte[] stream = concat(hex("55 AA"), packet(ANY_ADDRESS, 0x02, template(128, 6)),
                packet(ANY_ADDRESS, 0x08, template(128, 7)));
        decoder.feed(stream, 0, 100);
        decoder.next();
        decoder.feed(stream, 100, stream.length - 100);
        List<Packet> packets = drain(decoder);
        assertThat(packets).hasSize(2);
        assertThat(allZero(decoder.bufferView())).isTrue();
        packets.forEach(Packet::wipe);
        assertThat(packets).allSatisfy(packet -> assertThat(allZero(packet.payload())).isTrue());
    }

    @Test
    void clearZeroesAPartialTemplate() {
        decoder.feed(Arrays.copyOf(packet(ANY_ADDRESS, 0x02, template(256, 8)), 200));
        decoder.clear();
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void aGrowingBufferLeavesNoCopyBehind() throws Exception {
        // more than the initial capacity in one go: the old buffer is zeroed before it is replaced
        byte[] stream = new byte[0];
        for (int i = 0; i < 10; i++) {
            stream = concat(stream, packet(ANY_ADDRESS, 0x02, template(256, i)));
        }
        decoder.feed(Arrays.copyOf(stream, 500));
        byte[] before = decoder.bufferView();
        decoder.feed(stream, 500, stream.length - 500);
        assertThat(decoder.bufferView()).isNotSameAs(before);
        assertThat(allZero(before)).isTrue();
        assertThat(drain(decoder)).hasSize(10);
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void packetsHideTheirPayloadInToString() {
        Packet packet = new Packet(ANY_ADDRESS, PacketType.END_DATA, template(128, 1));
        assertThat(packet.toString()).isEqualTo("Packet[END_DATA, address FFFFFFFF, 128 payload bytes]");
    }
}

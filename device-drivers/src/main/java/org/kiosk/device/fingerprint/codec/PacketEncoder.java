package org.kiosk.device.fingerprint.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Frames packets for the wire: {@code EF 01 · ADDRESS(4) · PID · LEN(2) · payload · SUM(2)}, all big-endian,
 * LEN = payload length + 2, SUM = (PID + LEN bytes + payload bytes) mod 65536. A framed data packet is a copy
 * of template bytes that cannot be avoided (the wire needs them contiguous with the header): callers
 * {@link #wipe(List) wipe} the frames once they are written.
 */
public final class PacketEncoder {

    /** The packet sizes a module can be set to, in payload bytes of one data packet. */
    public static final List<Integer> PACKET_SIZES = List.of(32, 64, 128, 256);

    private PacketEncoder() {
    }

    /** The whole frame for {@code packet}; a fresh array. */
    public static byte[] encode(Packet packet) {
        return encode(packet.address(), packet.type(), packet.payloadView(), 0, packet.payloadLength());
    }

    /** The frame of a command packet carrying {@code payload} (an instruction code and its parameters). */
    public static byte[] command(int address, byte[] payload) {
        return encode(address, PacketType.COMMAND, payload, 0, payload.length);
    }

    /**
     * The data packets that carry {@code template} to the module after DownChar: {@code packetSize} bytes each,
     * all {@link PacketType#DATA} except the last, {@link PacketType#END_DATA}, which may be shorter.
     */
    public static List<byte[]> dataPackets(int address, byte[] template, int packetSize) {
        if (!PACKET_SIZES.contains(packetSize)) {
            throw new IllegalArgumentException("packet size must be one of " + PACKET_SIZES + ", was " + packetSize);
        }
        if (template.length == 0) {
            throw new IllegalArgumentException("a template has at least one byte");
        }
        List<byte[]> frames = new ArrayList<>();
        for (int from = 0; from < template.length; from += packetSize) {
            int length = Math.min(packetSize, template.length - from);
            boolean last = from + length == template.length;
            frames.add(encode(address, last ? PacketType.END_DATA : PacketType.DATA, template, from, length));
        }
        return frames;
    }

    /** Zeroes every frame, e.g. the data packets of a template once they have been written. */
    public static void wipe(List<byte[]> frames) {
        for (byte[] frame : frames) {
            Arrays.fill(frame, (byte) 0);
        }
    }

    private static byte[] encode(int address, PacketType type, byte[] payload, int from, int length) {
        Objects.requireNonNull(type);
        if (length < PacketDecoder.MIN_LENGTH - Packets.CHECKSUM_LENGTH
                || length > PacketDecoder.MAX_LENGTH - Packets.CHECKSUM_LENGTH) {
            throw new IllegalArgumentException("a payload has "
                    + (PacketDecoder.MIN_LENGTH - Packets.CHECKSUM_LENGTH) + ".."
                    + (PacketDecoder.MAX_LENGTH - Packets.CHECKSUM_LENGTH) + " bytes, not " + length);
        }
        byte[] frame = new byte[Packets.HEADER + length + Packets.CHECKSUM_LENGTH];
        System.arraycopy(Packets.START, 0, frame, 0, Packets.START.length);
        Packets.putInt32(frame, Packets.ADDRESS_AT, address);
        frame[Packets.PID_AT] = (byte) type.code();
        Packets.putUint16(frame, Packets.LEN_AT, length + Packets.CHECKSUM_LENGTH);
        System.arraycopy(payload, from, frame, Packets.HEADER, length);
        int sumAt = Packets.HEADER + length;
        Packets.putUint16(frame, sumAt, Packets.sum(frame, Packets.PID_AT, sumAt));
        return frame;
    }
}

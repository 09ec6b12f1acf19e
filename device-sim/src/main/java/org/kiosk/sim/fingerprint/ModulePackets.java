package org.kiosk.sim.fingerprint;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The module's packets, {@code EF 01 · ADDRESS(4) · PID · LEN(2) · payload · SUM(2)} (all big-endian), where
 * LEN counts the payload and the checksum, and SUM is PID + the two LEN bytes + the payload bytes, modulo 65536.
 * Written from the protocol notes, independently of the driver's codec.
 */
final class ModulePackets {

    static final byte[] START = {(byte) 0xEF, 0x01};
    /** Start code, address, PID and LEN. */
    static final int HEADER_BYTES = 9;
    static final int CHECKSUM_BYTES = 2;

    static final int PID_COMMAND = 0x01;
    static final int PID_DATA = 0x02;
    static final int PID_ACK = 0x07;
    static final int PID_END_DATA = 0x08;

    static final int OK = 0x00;
    static final int PACKET_ERROR = 0x01;
    static final int NO_FINGER = 0x02;
    static final int TOO_MESSY = 0x06;
    static final int TOO_FEW_FEATURES = 0x07;
    static final int NO_MATCH = 0x08;
    static final int NOT_FOUND = 0x09;
    static final int COMBINE_FAILED = 0x0A;
    static final int PAGE_OUT_OF_RANGE = 0x0B;
    static final int TEMPLATE_READ_ERROR = 0x0C;
    static final int IMAGE_UPLOAD_FAILED = 0x0F;
    static final int DELETE_FAILED = 0x10;
    static final int WRONG_PASSWORD = 0x13;
    static final int NO_VALID_IMAGE = 0x15;
    static final int INVALID_REGISTER = 0x1A;
    static final int PASSWORD_FIRST = 0x21;

    private ModulePackets() {
    }

    /** One whole packet. */
    static byte[] packet(int address, int pid, byte[] payload) {
        byte[] out = new byte[HEADER_BYTES + payload.length + CHECKSUM_BYTES];
        out[0] = START[0];
        out[1] = START[1];
        putInt(out, 2, address);
        out[6] = (byte) pid;
        int len = payload.length + CHECKSUM_BYTES;
        out[7] = (byte) (len >>> 8);
        out[8] = (byte) len;
        System.arraycopy(payload, 0, out, HEADER_BYTES, payload.length);
        int sum = checksum(out, 6, HEADER_BYTES + payload.length);
        out[out.length - 2] = (byte) (sum >>> 8);
        out[out.length - 1] = (byte) sum;
        return out;
    }

    /** An acknowledge: the confirmation code, then {@code extra}. */
    static byte[] ack(int address, int code, byte[] extra) {
        byte[] payload = new byte[1 + extra.length];
        payload[0] = (byte) code;
        System.arraycopy(extra, 0, payload, 1, extra.length);
        return packet(address, PID_ACK, payload);
    }

    /** {@code data} cut into data packets of {@code packetSize} bytes, the last one marked end of data. */
    static List<byte[]> dataPackets(int address, byte[] data, int packetSize) {
        List<byte[]> packets = new ArrayList<>();
        for (int offset = 0; offset < data.length; offset += packetSize) {
            int end = Math.min(data.length, offset + packetSize);
            packets.add(packet(address, end == data.length ? PID_END_DATA : PID_DATA,
                    Arrays.copyOfRange(data, offset, end)));
        }
        return packets;
    }

    /** The 16-bit sum of {@code bytes[from..to)}. */
    static int checksum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFFFF;
    }

    static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    static int u32(byte[] bytes, int offset) {
        return u16(bytes, offset) << 16 | u16(bytes, offset + 2);
    }

    static void putU16(byte[] out, int offset, int value) {
        out[offset] = (byte) (value >>> 8);
        out[offset + 1] = (byte) value;
    }

    static void putInt(byte[] out, int offset, int value) {
        putU16(out, offset, value >>> 16);
        putU16(out, offset + 2, value);
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}

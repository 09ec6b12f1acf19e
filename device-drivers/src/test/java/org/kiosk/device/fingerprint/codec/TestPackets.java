package org.kiosk.device.fingerprint.codec;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Packets built by hand from the protocol notes, independent of the encoder under test:
 * {@code EF 01 · ADDRESS(4) · PID · LEN(2) · payload · SUM(2)}, LEN = payload + 2, SUM over PID, LEN and payload.
 */
final class TestPackets {

    static final int ANY_ADDRESS = 0xFFFFFFFF;

    private TestPackets() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    static byte[] packet(int address, int pid, byte[] payload) {
        int len = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0x01);
        out.write(address >>> 24);
        out.write(address >>> 16);
        out.write(address >>> 8);
        out.write(address);
        out.write(pid);
        out.write(len >> 8);
        out.write(len);
        out.writeBytes(payload);
        int sum = pid + (len >> 8) + (len & 0xFF);
        for (byte b : payload) {
            sum += b & 0xFF;
        }
        out.write(sum >> 8 & 0xFF);
        out.write(sum & 0xFF);
        return out.toByteArray();
    }

    static byte[] ack(int code, byte[] extra) {
        return packet(ANY_ADDRESS, 0x07, concat(new byte[] {(byte) code}, extra));
    }

    /** Bytes that stand for a fingerprint template: a recognisable, nowhere-zero pattern per seed. */
    static byte[] template(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ((i * 31 + seed) % 255 + 1);
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}

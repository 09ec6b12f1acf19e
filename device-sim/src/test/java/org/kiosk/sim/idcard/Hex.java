package org.kiosk.sim.idcard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test bytes written by hand (hex from the protocol notes) and the tests' own reading of reply frames. */
final class Hex {

    private Hex() {
    }

    /** "AA AA 96" → bytes. */
    static byte[] hex(String spaced) {
        String[] parts = spaced.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Big-endian 16-bit value at {@code offset}. */
    static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    /** XOR of every byte from the first length byte through the one before the last: what CHK must be. */
    static int expectedChecksum(byte[] frame) {
        int x = 0;
        for (int i = 5; i < frame.length - 1; i++) {
            x ^= frame[i] & 0xFF;
        }
        return x;
    }

    /** {@code length} bytes of UCS-2LE text at {@code offset}, decoded as they are, padding included. */
    static String ucs2(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_16LE);
    }

    /** {@code text} followed by spaces up to {@code chars} characters. */
    static String padded(String text, int chars) {
        return text + " ".repeat(chars - text.length());
    }
}

package org.kiosk.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test bytes written by hand: hex literals from the protocol notes, and plain ASCII text. */
public final class Hex {

    private Hex() {
    }

    /** "AA AA 96" → bytes. */
    public static byte[] hex(String spaced) {
        String[] parts = spaced.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    /** Bytes → "AA AA 96". */
    public static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Big-endian 16-bit value at {@code offset}. */
    public static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }
}

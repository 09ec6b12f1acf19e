package org.kiosk.sim.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test bytes written by hand: hex literals from the protocol notes, and plain ASCII text. */
final class Hex {

    private Hex() {
    }

    /** "1B 40 0A" → bytes. */
    static byte[] hex(String spaced) {
        String[] parts = spaced.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

package org.kiosk.sim.idcard;

import java.nio.charset.StandardCharsets;

/** The tests' own reading of the reader's reply frames. */
final class ReplyFrames {

    private ReplyFrames() {
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

package org.kiosk.device.idcard;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/** Looks for personal data left behind in buffers. */
public final class MemoryProbe {

    /** Long enough that a match is a copy of the secret, not a chance run of equal bytes. */
    public static final int RUN = 16;

    private MemoryProbe() {
    }

    public static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code memory} holds any {@link #RUN}-byte stretch of {@code secret}. */
    public static boolean holdsPartOf(byte[] memory, byte[] secret) {
        Set<ByteBuffer> runs = new HashSet<>();
        for (int at = 0; at + RUN <= memory.length; at++) {
            runs.add(ByteBuffer.wrap(memory, at, RUN).slice());
        }
        for (int from = 0; from + RUN <= secret.length; from++) {
            if (runs.contains(ByteBuffer.wrap(secret, from, RUN).slice())) {
                return true;
            }
        }
        return false;
    }
}

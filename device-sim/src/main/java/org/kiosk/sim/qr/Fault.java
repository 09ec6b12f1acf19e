package org.kiosk.sim.qr;

import java.util.Objects;

/**
 * A fault of the next scan (or of every scan, injected persistently).
 *
 * <ul>
 *   <li>{@link #noiseBefore}: line noise sent ahead of the code (before its prefix, if any);</li>
 *   <li>{@link #noSuffix()}: the code is sent without its terminator, so it runs into the next one;</li>
 *   <li>{@link #byteByByte()}: the code goes out one byte per write, so the host reads it in pieces.</li>
 * </ul>
 */
public record Fault(Kind kind, byte[] noise) {

    public enum Kind { NOISE_BEFORE, NO_SUFFIX, BYTE_BY_BYTE }

    public Fault {
        Objects.requireNonNull(kind);
        noise = noise == null ? new byte[0] : noise.clone();
    }

    public static Fault noiseBefore(byte[] noise) {
        return new Fault(Kind.NOISE_BEFORE, noise);
    }

    public static Fault noSuffix() {
        return new Fault(Kind.NO_SUFFIX, null);
    }

    public static Fault byteByByte() {
        return new Fault(Kind.BYTE_BY_BYTE, null);
    }

    @Override
    public byte[] noise() {
        return noise.clone();
    }
}

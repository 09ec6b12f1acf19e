package org.kiosk.device.idcard.document;

import java.util.Arrays;

/** One 512-byte fingerprint template from the card, opaque to the drivers; {@link #toString()} gives the size only. */
public record FingerprintTemplate(byte[] bytes) {

    public static final int LENGTH = 512;

    public FingerprintTemplate {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a fingerprint template has 512 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FingerprintTemplate that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "FingerprintTemplate[512 bytes]";
    }
}

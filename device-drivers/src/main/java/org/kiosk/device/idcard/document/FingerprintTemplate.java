package org.kiosk.device.idcard.document;

import java.util.Arrays;

/**
 * One 512-byte fingerprint template from the card, opaque to the drivers. It is biometric data: it never leaves
 * this object except into a buffer its user owns ({@link #copyTo}), and {@link #wipe()} zeroes it once the
 * verification it was read for is over. {@link #toString()} gives the size only.
 */
public final class FingerprintTemplate {

    public static final int LENGTH = 512;

    private final byte[] bytes;

    /** Copies {@code source}; the caller wipes its own array. */
    public FingerprintTemplate(byte[] source) {
        if (source.length != LENGTH) {
            throw new IllegalArgumentException("a fingerprint template has 512 bytes, not " + source.length);
        }
        this.bytes = source.clone();
    }

    /** Copies the template into {@code target} (at least {@link #LENGTH} bytes), which the caller wipes after use. */
    public void copyTo(byte[] target) {
        System.arraycopy(bytes, 0, target, 0, LENGTH);
    }

    /** Overwrites the template with zeros. */
    public void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    /** Whether only zeros are left. */
    public boolean isWiped() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
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

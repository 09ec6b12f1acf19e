package org.kiosk.device.idcard.document;

/**
 * One 512-byte fingerprint template from the card, opaque to the drivers. It is biometric data: it never leaves
 * this object except into a buffer its user owns ({@link #copyTo}), and {@link #wipe()} zeroes it once the
 * verification it was read for is over. {@link #toString()} gives the size only.
 */
public final class FingerprintTemplate extends SensitiveBytes {

    public static final int LENGTH = 512;

    /** Copies {@code source}; the caller wipes its own array. */
    public FingerprintTemplate(byte[] source) {
        super(checkLength(source));
    }

    private static byte[] checkLength(byte[] source) {
        if (source.length != LENGTH) {
            throw new IllegalArgumentException("a fingerprint template has 512 bytes, not " + source.length);
        }
        return source;
    }

    /** Copies the template into {@code target} (at least {@link #LENGTH} bytes), which the caller wipes after use. */
    public void copyTo(byte[] target) {
        System.arraycopy(bytes, 0, target, 0, LENGTH);
    }

    @Override
    public String toString() {
        return "FingerprintTemplate[512 bytes]";
    }
}

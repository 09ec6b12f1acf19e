package org.kiosk.device.qr.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Recognises a scanner reading the same code again and again (a phone held under it): a code equal to the last
 * delivered one is a repeat while it comes back within the window of its last reading, so a code held still is
 * delivered once. Only a digest of the last code is kept, not the code. Pure: the caller gives the time.
 */
public final class RepeatFilter {

    private final long windowNanos;
    private byte[] lastDigest;
    private long lastNanos;

    /** @param window how long after a delivered code the same code counts as a repeat; zero turns the filter off */
    public RepeatFilter(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the repeat window must not be negative");
        }
        this.windowNanos = window.toNanos();
    }

    /** Whether {@code code}, received at {@code nanos}, repeats the last delivered code within the window. */
    public boolean isRepeat(String code, long nanos) {
        if (lastDigest != null && nanos - lastNanos < windowNanos && Arrays.equals(lastDigest, digest(code))) {
            lastNanos = nanos;
            return true;
        }
        return false;
    }

    /** Notes that {@code code} was delivered at {@code nanos}. */
    public void delivered(String code, long nanos) {
        if (windowNanos > 0) {
            lastDigest = digest(Objects.requireNonNull(code));
            lastNanos = nanos;
        }
    }

    /** Forgets the last code. */
    public void reset() {
        lastDigest = null;
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

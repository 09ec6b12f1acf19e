package org.kiosk.device.qr.codec;

/**
 * Finds a short byte pattern (a prefix or terminator) in a stream fed one byte at a time, across any split of the
 * input, including overlapping starts ({@code CR CR LF} ends with {@code CR LF}).
 */
final class BytePattern {

    private final byte[] pattern;
    /** For each matched length, the longest proper prefix of the pattern that is also a suffix of what matched. */
    private final int[] fallback;
    private int matched;

    BytePattern(byte[] pattern) {
        this.pattern = pattern.clone();
        this.fallback = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /** Takes the next byte; true when it completes the pattern (which then starts over). */
    boolean feed(byte b) {
        if (pattern.length == 0) {
            return false;
        }
        while (matched > 0 && pattern[matched] != b) {
            matched = fallback[matched - 1];
        }
        if (pattern[matched] == b) {
            matched++;
        }
        if (matched == pattern.length) {
            matched = 0;
            return true;
        }
        return false;
    }

    void reset() {
        matched = 0;
    }

    int length() {
        return pattern.length;
    }
}

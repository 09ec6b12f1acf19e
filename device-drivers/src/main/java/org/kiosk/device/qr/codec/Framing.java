package org.kiosk.device.qr.codec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How codes are framed on the line: an optional prefix, the code's bytes, a terminator; and the longest code
 * accepted.
 *
 * @param prefix    bytes sent before each code (often STX, {@code 02}); empty for none
 * @param suffix    the terminator after each code
 * @param maxLength the most bytes a code may have, prefix and terminator not counted
 */
public record Framing(byte[] prefix, Terminator suffix, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 4096;
    /** The longest code a QR symbol holds is 7089 digits; a scanner adds little, so more is surely a fault. */
    public static final int LARGEST_MAX_LENGTH = 65_536;

    public Framing {
        Objects.requireNonNull(suffix, "suffix");
        prefix = prefix == null ? new byte[0] : prefix.clone();
        if (maxLength < 1 || maxLength > LARGEST_MAX_LENGTH) {
            throw new IllegalArgumentException("maximum length must be 1 to " + LARGEST_MAX_LENGTH + ", got " + maxLength);
        }
        for (int i = 0; i < prefix.length; i++) {
            for (int j = 0; j < suffix.length(); j++) {
                if (prefix[i] == suffix.byteAt(j)) {
                    throw new IllegalArgumentException("the prefix must not contain a byte of the suffix");
                }
            }
        }
    }

    /** Codes ended by {@code suffix}, no prefix, at most {@value #DEFAULT_MAX_LENGTH} bytes. */
    public static Framing suffix(Terminator suffix) {
        return new Framing(new byte[0], suffix, DEFAULT_MAX_LENGTH);
    }

    public Framing withPrefix(byte[] prefix) {
        return new Framing(prefix, suffix, maxLength);
    }

    public Framing withMaxLength(int maxLength) {
        return new Framing(prefix, suffix, maxLength);
    }

    @Override
    public byte[] prefix() {
        return prefix.clone();
    }

    public boolean hasPrefix() {
        return prefix.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framing f && Arrays.equals(prefix, f.prefix) && suffix == f.suffix
                && maxLength == f.maxLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(prefix), suffix, maxLength);
    }

    @Override
    public String toString() {
        return "Framing[" + (hasPrefix() ? "prefix=" + HexFormat.of().formatHex(prefix) + ", " : "") + "suffix="
                + suffix + ", maxLength=" + maxLength + "]";
    }
}

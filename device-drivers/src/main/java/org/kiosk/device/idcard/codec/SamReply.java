package org.kiosk.device.idcard.codec;

import java.util.Arrays;

/**
 * One reader-to-host frame: the status words and the data between SW3 and the checksum. The data may be
 * an identity document's text, photo and fingerprints: {@link #toString()} gives its size only, and
 * {@link #wipe()} zeroes it once it has been parsed. The reply holds its own copy of the data: whoever passes an
 * array in, or takes one out through {@link #data()}, wipes that array.
 */
public record SamReply(int sw1, int sw2, int sw3, byte[] data) {

    public SamReply {
        checkByte("sw1", sw1);
        checkByte("sw2", sw2);
        checkByte("sw3", sw3);
        data = data.clone();
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " must be a byte value 0..255, was " + value);
        }
    }

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    public boolean success() {
        return status().success();
    }

    /** A copy of the data bytes, which the caller wipes after use. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Zeroes the data; the reply keeps its status words and length. */
    public void wipe() {
        Arrays.fill(data, (byte) 0);
    }

    public int dataLength() {
        return data.length;
    }

    /** The data without a copy, for the parsers of this package, which only read it. */
    byte[] dataView() {
        return data;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SamReply that && sw1 == that.sw1 && sw2 == that.sw2 && sw3 == that.sw3
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * sw1 + sw2) + sw3) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SamReply[sw=%02X %02X %02X, %d data bytes]", sw1, sw2, sw3, data.length);
    }
}

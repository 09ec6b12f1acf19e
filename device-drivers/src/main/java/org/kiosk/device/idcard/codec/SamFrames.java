package org.kiosk.device.idcard.codec;

/** Facts shared by every GA 467 frame, in either direction. */
final class SamFrames {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};

    /** Bytes of a frame that LEN does not count: the preamble and the two length bytes. */
    static final int OVERHEAD = PREAMBLE.length + 2;

    private SamFrames() {
    }

    /** XOR of {@code bytes[from]} up to, not including, {@code bytes[to]}. */
    static byte checksum(byte[] bytes, int from, int to) {
        int chk = 0;
        for (int i = from; i < to; i++) {
            chk ^= bytes[i];
        }
        return (byte) chk;
    }

    /** A big-endian unsigned 16-bit value; the parentheses avoid the {@code b[i] << 8 + b[i+1]} precedence trap. */
    static int uint16(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}

package org.kiosk.device.fingerprint.codec;

/** Facts shared by every AS608/R30x packet, in either direction. */
final class Packets {

    static final byte[] START = {(byte) 0xEF, 0x01};

    /** Bytes before the payload: start code, address (4), PID and LEN (2). */
    static final int HEADER = START.length + 4 + 1 + 2;

    static final int ADDRESS_AT = START.length;
    static final int PID_AT = ADDRESS_AT + 4;
    static final int LEN_AT = PID_AT + 1;

    /** The two checksum bytes that LEN counts on top of the payload. */
    static final int CHECKSUM_LENGTH = 2;

    private Packets() {
    }

    /** The 16-bit sum of {@code bytes[from]} up to, not including, {@code bytes[to]}, read unsigned. */
    static int sum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFFFF;
    }

    /** A big-endian unsigned 16-bit value; the parentheses avoid the {@code b[i] << 8 + b[i+1]} precedence trap. */
    static int uint16(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }

    /** A big-endian 32-bit value, as the module's address and password are written. */
    static int int32(byte[] bytes, int offset) {
        return (uint16(bytes, offset) << 16) | uint16(bytes, offset + 2);
    }

    static void putUint16(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >> 8);
        bytes[offset + 1] = (byte) value;
    }

    static void putInt32(byte[] bytes, int offset, int value) {
        putUint16(bytes, offset, value >>> 16);
        putUint16(bytes, offset + 2, value & 0xFFFF);
    }
}

package org.kiosk.sim.idcard;

/**
 * The reader's reply frames: {@code AA AA AA 96 69 · LEN(2, BE) · SW1 SW2 SW3 · data · CHK}, where LEN counts
 * every byte after itself (checksum included) and CHK is the XOR of the bytes from the first LEN byte through the
 * last data byte.
 */
final class SamFrames {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble and length field. */
    static final int HEADER_BYTES = PREAMBLE.length + 2;

    static final int SW3_SUCCESS = 0x90;
    static final int SW3_NO_CONTENT = 0x91;
    static final int SW3_FIND_SUCCESS = 0x9F;
    static final int SW3_HOST_CHECKSUM = 0x10;
    static final int SW3_HOST_LENGTH = 0x11;
    static final int SW3_BAD_COMMAND = 0x21;
    static final int SW3_READ_FAILED = 0x41;
    static final int SW3_FIND_FAILED = 0x80;
    static final int SW3_SELECT_FAILED = 0x81;

    private SamFrames() {
    }

    static byte[] reply(int sw3, byte[] data) {
        int len = 3 + data.length + 1;
        byte[] frame = new byte[HEADER_BYTES + len];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (len >>> 8);
        frame[6] = (byte) len;
        frame[9] = (byte) sw3;
        System.arraycopy(data, 0, frame, 10, data.length);
        frame[frame.length - 1] = checksum(frame, PREAMBLE.length, frame.length - 1);
        return frame;
    }

    static byte[] reply(int sw3) {
        return reply(sw3, new byte[0]);
    }

    /** XOR of {@code bytes[from..to)}. */
    static byte checksum(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return (byte) x;
    }
}

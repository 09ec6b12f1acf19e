package org.kiosk.sim.idcard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the host's byte stream into command frames ({@code AA AA AA 96 69 · LEN · CMD · PARA · data · CHK}).
 * Bytes before a preamble are skipped. A length below 3 or above {@value #MAX_HOST_LEN} is refused at once (SW3
 * {@code 11}) and the search for the next preamble goes on after the length field; a frame whose checksum is wrong
 * is refused whole (SW3 {@code 10}). An incomplete frame waits for the rest of its bytes.
 */
final class HostFrameDecoder {

    /** No host command carries data, so anything much longer than 3 is not a command. */
    static final int MAX_HOST_LEN = 64;

    /** What the decoder made of one frame. */
    sealed interface HostFrame {
    }

    /** A well-formed frame. */
    record Command(int cmd, int para, int dataLength) implements HostFrame {
    }

    /** A frame refused with this SW3. */
    record Rejected(int sw3) implements HostFrame {
    }

    private byte[] pending = new byte[256];
    private int size;

    List<HostFrame> feed(byte[] bytes, int offset, int length) {
        append(bytes, offset, length);
        List<HostFrame> frames = new ArrayList<>();
        while (true) {
            int start = preambleAt();
            if (start < 0) {
                // keep a tail that may be the start of a preamble split across reads
                drop(Math.max(0, size - (SamFrames.PREAMBLE.length - 1)));
                return frames;
            }
            drop(start);
            if (size < SamFrames.HEADER_BYTES) {
                return frames;
            }
            int len = (pending[5] & 0xFF) << 8 | pending[6] & 0xFF;
            if (len < 3 || len > MAX_HOST_LEN) {
                frames.add(new Rejected(SamFrames.SW3_HOST_LENGTH));
                drop(SamFrames.HEADER_BYTES);
                continue;
            }
            int frameLength = SamFrames.HEADER_BYTES + len;
            if (size < frameLength) {
                return frames;
            }
            byte chk = SamFrames.checksum(pending, SamFrames.PREAMBLE.length, frameLength - 1);
            if (chk != pending[frameLength - 1]) {
                frames.add(new Rejected(SamFrames.SW3_HOST_CHECKSUM));
            } else {
                frames.add(new Command(pending[7] & 0xFF, pending[8] & 0xFF, len - 3));
            }
            drop(frameLength);
        }
    }

    /** Forgets a partial frame (the link dropped). */
    void reset() {
        size = 0;
    }

    private int preambleAt() {
        byte[] p = SamFrames.PREAMBLE;
        for (int i = 0; i + p.length <= size; i++) {
            if (Arrays.equals(pending, i, i + p.length, p, 0, p.length)) {
                return i;
            }
        }
        return -1;
    }

    private void append(byte[] bytes, int offset, int length) {
        if (size + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, size + length));
        }
        System.arraycopy(bytes, offset, pending, size, length);
        size += length;
    }

    private void drop(int n) {
        System.arraycopy(pending, n, pending, 0, size - n);
        size -= n;
    }
}

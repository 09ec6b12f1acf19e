package org.kiosk.device.idcard.codec;

import java.util.Arrays;
import java.util.Optional;
import org.kiosk.device.codec.WipingByteQueue;
import org.kiosk.device.idcard.IdCardError;

/**
 * Turns the reader's byte stream into replies, whatever the chunking. {@link #feed} appends bytes;
 * {@link #next} returns the next complete, checked frame or empty when more bytes are needed. Bytes before a
 * preamble are skipped and counted. A length field out of range or a bad checksum throws
 * {@link SamFrameException} after dropping that frame's preamble, so the next call resynchronises on the next
 * preamble (possibly inside the rejected bytes: a frame whose length field was corrupted can hide the frame
 * after it). A truncated frame just waits for more bytes: the driver's read timeout decides how long.
 *
 * <p>Read replies carry the card's text, photo and fingerprint templates: the decoder zeroes its copy of every
 * byte it returns or drops, and {@link #clear()} zeroes what is left, so that once the returned replies are
 * {@linkplain SamReply#wipe() wiped} no copy remains. Not thread-safe; one decoder per connection.
 */
public final class SamFrameDecoder {

    /** The shortest reply: SW1, SW2, SW3 and the checksum. */
    public static final int MIN_LENGTH = 4;
    /**
     * Above the largest real reply (read with two fingerprint templates: 2321 bytes, LEN 2314); a larger LEN is
     * line noise or a corrupted length, rejected at once instead of waiting for bytes that never come.
     */
    public static final int MAX_LENGTH = 2400;

    private static final int INITIAL_CAPACITY = 4096;

    private final WipingByteQueue queue = new WipingByteQueue(INITIAL_CAPACITY);

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    public void feed(byte[] bytes, int offset, int length) {
        queue.append(bytes, offset, length);
    }

    /** The next complete frame, or empty if the bytes so far do not hold one. */
    public Optional<SamReply> next() throws SamFrameException {
        if (!queue.seek(SamFrames.PREAMBLE) || buffered() < SamFrames.OVERHEAD) {
            return Optional.empty();
        }
        byte[] buffer = queue.array();
        int start = queue.head();
        int length = SamFrames.uint16(buffer, start + SamFrames.PREAMBLE.length);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            reject();
            throw new SamFrameException(IdCardError.FRAME_ERROR, String.format(
                    "reply length field %d is outside %d..%d", length, MIN_LENGTH, MAX_LENGTH));
        }
        int frameLength = SamFrames.OVERHEAD + length;
        if (buffered() < frameLength) {
            return Optional.empty();
        }
        int checksumAt = start + frameLength - 1;
        byte expected = SamFrames.checksum(buffer, start + SamFrames.PREAMBLE.length, checksumAt);
        if (buffer[checksumAt] != expected) {
            int received = buffer[checksumAt] & 0xFF;
            reject();
            throw new SamFrameException(IdCardError.CHECKSUM_ERROR, String.format(
                    "reply of length %d has checksum %02X, the bytes give %02X", length, received, expected & 0xFF));
        }
        int sw = start + SamFrames.OVERHEAD;
        byte[] data = Arrays.copyOfRange(buffer, sw + 3, checksumAt);
        SamReply reply = new SamReply(buffer[sw] & 0xFF, buffer[sw + 1] & 0xFF, buffer[sw + 2] & 0xFF, data);
        // the reply holds its own copy
        Arrays.fill(data, (byte) 0);
        queue.release(frameLength);
        return Optional.of(reply);
    }

    /** Bytes dropped so far because they were not part of a valid frame (noise, rejected frames). */
    public long skippedBytes() {
        return queue.dropped();
    }

    /** Bytes fed but not yet returned in a frame or skipped. */
    public int buffered() {
        return queue.size();
    }

    /** Drops and zeroes everything buffered, e.g. before a new command after a timeout; the skipped count stays. */
    public void clear() {
        queue.drop(buffered());
    }

    /** The internal buffer, for tests that check what stays in memory. */
    byte[] bufferView() {
        return queue.array();
    }

    /** Drops the preamble of a frame just rejected; the rest of it is searched again as ordinary bytes. */
    private void reject() {
        queue.drop(SamFrames.PREAMBLE.length);
    }
}

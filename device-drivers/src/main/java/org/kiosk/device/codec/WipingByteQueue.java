package org.kiosk.device.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * A first-in first-out queue of bytes for frame decoders whose frames carry personal data (fingerprint
 * templates, ID-card photos): every byte it releases is zeroed, and so is every copy it leaves behind when it
 * moves its bytes to the front or into a larger array, so that the only remaining copies are the ones the
 * caller took. Decoders read frames in place through {@link #array()} from {@link #head()} on, to run their
 * checksums without copying. Not thread-safe.
 */
public final class WipingByteQueue {

    private byte[] buffer;
    private int head;
    private int tail;
    private long dropped;

    public WipingByteQueue(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initial capacity must be positive, got " + initialCapacity);
        }
        buffer = new byte[initialCapacity];
    }

    /** Appends {@code length} bytes of {@code bytes} from {@code offset}, making room if needed. */
    public void append(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureRoom(length);
        System.arraycopy(bytes, offset, buffer, tail, length);
        tail += length;
    }

    /** The number of bytes queued. */
    public int size() {
        return tail - head;
    }

    /**
     * The backing array: the queued bytes are at {@code head()} to {@code head() + size()}. Valid until the next
     * {@link #append}, which may replace it; callers read from it and must not keep it.
     */
    public byte[] array() {
        return buffer;
    }

    /** The index in {@link #array()} of the first queued byte. */
    public int head() {
        return head;
    }

    /** Zeroes and drops the first {@code count} queued bytes. */
    public void release(int count) {
        Objects.checkFromIndexSize(0, count, size());
        Arrays.fill(buffer, head, head + count, (byte) 0);
        head += count;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    /** Zeroes and drops everything queued. */
    public void clear() {
        release(size());
    }

    /** Zeroes and drops the first {@code count} queued bytes as noise: not part of any valid frame. */
    public void drop(int count) {
        release(count);
        dropped += count;
    }

    /** Bytes dropped as noise so far. */
    public long dropped() {
        return dropped;
    }

    /**
     * Drops, as noise, everything before the first occurrence of {@code marker} (a frame's start). Without a whole
     * marker, keeps only a tail that could be the beginning of one.
     *
     * @return whether the queue now starts with the marker
     */
    public boolean seek(byte[] marker) {
        int end = tail;
        for (int i = head; i + marker.length <= end; i++) {
            if (matches(marker, i, marker.length)) {
                drop(i - head);
                return true;
            }
        }
        int keep = Math.min(marker.length - 1, size());
        while (keep > 0 && !matches(marker, end - keep, keep)) {
            keep--;
        }
        drop(size() - keep);
        return false;
    }

    private boolean matches(byte[] marker, int at, int count) {
        for (int j = 0; j < count; j++) {
            if (buffer[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    private void ensureRoom(int length) {
        if (buffer.length - tail >= length) {
            return;
        }
        int live = size();
        if (buffer.length - live >= length && head > 0) {
            System.arraycopy(buffer, head, buffer, 0, live);
            Arrays.fill(buffer, live, tail, (byte) 0);
        } else {
            byte[] larger = new byte[Math.max(buffer.length * 2, live + length)];
            System.arraycopy(buffer, head, larger, 0, live);
            Arrays.fill(buffer, (byte) 0);
            buffer = larger;
        }
        head = 0;
        tail = live;
    }
}

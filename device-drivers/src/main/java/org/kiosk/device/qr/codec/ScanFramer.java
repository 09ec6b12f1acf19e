package org.kiosk.device.qr.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a scanner's byte stream into codes by its {@link Framing}, with no I/O: bytes go in however the line split
 * them, codes come out whole.
 *
 * <ul>
 *   <li>Without a prefix every byte up to the terminator belongs to the code, so line noise ahead of a code
 *       corrupts that code only (it then usually fails to decode); with a prefix, bytes outside prefix and
 *       terminator are dropped and counted as noise, and a prefix inside a code starts the code again.</li>
 *   <li>A code longer than the maximum is reported once as {@link Overlong} when the limit is passed; its remaining
 *       bytes are dropped up to its terminator (or the next prefix), so the next code is read whole.</li>
 *   <li>An empty code (a terminator alone) is dropped.</li>
 * </ul>
 *
 * <p>The buffer is zeroed once a code has been copied out or dropped: codes may carry personal data.
 */
public final class ScanFramer {

    /** What the framer found in the bytes fed. */
    public sealed interface Event permits Code, Overlong {
    }

    /** A code's bytes, prefix and terminator removed; the caller owns the array. */
    public record Code(byte[] bytes) implements Event {
        @Override
        public String toString() {
            return "Code[" + bytes.length + " bytes]";
        }
    }

    /** A code passed the maximum length and was dropped. */
    public record Overlong(int maxLength) implements Event {
    }

    private enum State { SEEKING_PREFIX, IN_CODE, DISCARDING }

    private final Framing framing;
    private final BytePattern prefix;
    private final BytePattern suffix;
    private final byte[] buffer;
    private int size;
    private State state;
    private long noiseBytes;

    public ScanFramer(Framing framing) {
        this.framing = Objects.requireNonNull(framing);
        this.prefix = new BytePattern(framing.prefix());
        this.suffix = new BytePattern(framing.suffix().bytes());
        this.buffer = new byte[framing.maxLength() + suffix.length()];
        reset();
    }

    /** Takes {@code length} bytes at {@code offset}; returns the codes and faults they completed, in order. */
    public List<Event> feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        List<Event> events = new ArrayList<>(1);
        for (int i = offset; i < offset + length; i++) {
            Event event = take(data[i]);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    /** Forgets a partial code (the line was lost) and zeroes it. */
    public void reset() {
        wipe();
        prefix.reset();
        suffix.reset();
        state = framing.hasPrefix() ? State.SEEKING_PREFIX : State.IN_CODE;
    }

    /** Bytes dropped outside any code (before a prefix, or a code cut short by the next prefix). */
    public long noiseBytes() {
        return noiseBytes;
    }

    /** Bytes of an unfinished code held now. */
    public int buffered() {
        return size;
    }

    private Event take(byte b) {
        boolean prefixEnds = prefix.feed(b);
        boolean suffixEnds = suffix.feed(b);
        return switch (state) {
            case SEEKING_PREFIX -> {
                noiseBytes++;
                if (prefixEnds) {
                    noiseBytes -= prefix.length();
                    startCode();
                }
                yield null;
            }
            case DISCARDING -> {
                if (prefixEnds) {
                    startCode();
                } else if (suffixEnds) {
                    endCode();
                }
                yield null;
            }
            case IN_CODE -> inCode(b, prefixEnds, suffixEnds);
        };
    }

    private Event inCode(byte b, boolean prefixEnds, boolean suffixEnds) {
        buffer[size++] = b;
        if (suffixEnds) {
            int length = size - suffix.length();
            byte[] code = Arrays.copyOf(buffer, length);
            endCode();
            return length == 0 ? null : new Code(code);
        }
        if (prefixEnds) {
            noiseBytes += size - prefix.length();
            startCode();
            return null;
        }
        if (size == buffer.length) {
            // a terminator would have ended it by now: whatever follows, this code is too long
            wipe();
            state = State.DISCARDING;
            return new Overlong(framing.maxLength());
        }
        return null;
    }

    private void startCode() {
        wipe();
        suffix.reset();
        state = State.IN_CODE;
    }

    private void endCode() {
        wipe();
        prefix.reset();
        state = framing.hasPrefix() ? State.SEEKING_PREFIX : State.IN_CODE;
    }

    private void wipe() {
        Arrays.fill(buffer, 0, size, (byte) 0);
        size = 0;
    }
}

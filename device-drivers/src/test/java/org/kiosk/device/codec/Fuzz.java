package org.kiosk.device.codec;

import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Mutations and loops shared by the codecs' fuzz tests. Each helper draws from the caller's {@link Random} in a
 * fixed order, so a seed reproduces a run.
 */
public final class Fuzz {

    private Fuzz() {
    }

    public static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A random run of {@code bytes}, possibly empty. */
    public static byte[] slice(Random random, byte[] bytes) {
        int from = random.nextInt(bytes.length);
        return Arrays.copyOfRange(bytes, from, from + random.nextInt(bytes.length - from + 1));
    }

    /** Flips one to three random bits in place. */
    public static void flipBits(Random random, byte[] bytes) {
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
            int at = random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 << random.nextInt(8));
        }
    }

    /** A random strict prefix. */
    public static byte[] truncate(Random random, byte[] bytes) {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    /**
     * Overwrites the big-endian 16-bit length field at {@code at} with a random value, the old one off by a
     * little, or a value at either limit.
     */
    public static void mutateLengthField(Random random, byte[] bytes, int at, int minLength, int maxLength) {
        int length = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x10000);
            case 1 -> ((bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF)) + random.nextInt(9) - 4;
            case 2 -> maxLength + random.nextInt(3) - 1;
            default -> minLength + random.nextInt(3) - 1;
        };
        bytes[at] = (byte) (length >> 8);
        bytes[at + 1] = (byte) length;
    }

    /** Inserts, at a random place, either random garbage or {@code marker} (a frame's start code). */
    public static byte[] insertGarbage(Random random, byte[] bytes, byte[] marker) {
        int at = random.nextInt(bytes.length + 1);
        byte[] garbage = random.nextBoolean() ? randomBytes(random, 1 + random.nextInt(20)) : marker;
        return concat(Arrays.copyOf(bytes, at), garbage, Arrays.copyOfRange(bytes, at, bytes.length));
    }

    /** Removes a random run of one to thirty bytes. */
    public static byte[] cut(Random random, byte[] bytes) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(30));
        return concat(Arrays.copyOf(bytes, from), Arrays.copyOfRange(bytes, to, bytes.length));
    }

    /** Hands {@code bytes} on in order, in random chunks of one to {@code maxChunk} bytes. */
    public static <E extends Exception> void inRandomChunks(Random random, byte[] bytes, int maxChunk,
            ChunkConsumer<E> consumer) throws E {
        for (int at = 0; at < bytes.length; ) {
            int size = 1 + random.nextInt(Math.min(bytes.length - at, maxChunk));
            consumer.accept(at, size);
            at += size;
        }
    }

    /** Takes one chunk of the array being split. */
    @FunctionalInterface
    public interface ChunkConsumer<E extends Exception> {
        void accept(int offset, int length) throws E;
    }

    /**
     * Bounds the calls that drain a decoder after a feed: each call must consume bytes or report that it needs
     * more, so more calls than bytes buffered (plus the last, empty one) means the decoder is stuck.
     */
    public static final class CallBudget {

        private final IntSupplier buffered;
        private final int limit;
        private int calls;

        public CallBudget(IntSupplier buffered) {
            this.buffered = buffered;
            this.limit = buffered.getAsInt() + 2;
        }

        /** Counts one call; fails the test once the budget is spent. */
        public void spend() {
            if (++calls > limit) {
                fail("decoder made no progress: %d calls with %d bytes buffered", calls, buffered.getAsInt());
            }
        }
    }

    /** The parts one after another. */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

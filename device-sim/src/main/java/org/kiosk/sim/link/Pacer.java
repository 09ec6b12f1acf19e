package org.kiosk.sim.link;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends bytes no faster than a UART at the given baud, 10 bits a byte (8N1). A byte is handed over when its last
 * bit would have left the wire, in chunks of about {@value #CHUNK_MS} ms; each chunk waits for a deadline counted
 * from the start of the reply, so sleeping late never accumulates. Waits end early when the link goes.
 */
public final class Pacer {

    public static final int BITS_PER_BYTE = 10;
    private static final int CHUNK_MS = 2;
    private static final long SLICE_NANOS = 10_000_000;

    private Pacer() {
    }

    /** False when the link went before every byte was sent. */
    public static boolean send(byte[] bytes, int baud, Replies sink) {
        long start = System.nanoTime();
        int chunk = Math.max(1, baud / BITS_PER_BYTE * CHUNK_MS / 1000);
        for (int offset = 0; offset < bytes.length; offset += chunk) {
            int end = Math.min(bytes.length, offset + chunk);
            if (!sleepUntil(start + wireNanos(end, baud), sink) || !sink.write(bytes, offset, end - offset)) {
                return false;
            }
        }
        return true;
    }

    /** False when the link went during the pause. */
    public static boolean pause(Duration pause, Replies sink) {
        return pause.isZero() || sleepUntil(System.nanoTime() + pause.toNanos(), sink);
    }

    /** How long {@code bytes} bytes take on the wire. */
    public static long wireNanos(int bytes, int baud) {
        return bytes * (long) BITS_PER_BYTE * 1_000_000_000L / baud;
    }

    private static boolean sleepUntil(long deadline, Replies sink) {
        while (true) {
            if (!sink.isOpen() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
        }
    }
}

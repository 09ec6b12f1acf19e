package org.kiosk.benchmarks;

import java.io.PrintStream;
import java.util.List;

/**
 * Bytes on a serial line at 8N1 and the time they take, common to the protocols the latency harnesses count
 * ({@link IdCardWireTime}, {@link FingerprintWireTime}).
 */
public final class WireTime {

    /** 8N1: a start bit, eight data bits, a stop bit. */
    public static final int BITS_PER_BYTE = 10;

    /** One command and its reply; the host's side includes any data packets that follow the command. */
    public record Exchange(String name, int hostBytes, int replyBytes) {

        public int bytes() {
            return hostBytes + replyBytes;
        }
    }

    private WireTime() {
    }

    public static int totalBytes(List<Exchange> exchanges) {
        return exchanges.stream().mapToInt(Exchange::bytes).sum();
    }

    /** Reply bytes alone: the part a device emulator paces (the host's bytes cross the pty at once). */
    public static int replyBytes(List<Exchange> exchanges) {
        return exchanges.stream().mapToInt(Exchange::replyBytes).sum();
    }

    /** Milliseconds {@code bytes} take on the line at {@code baud}. */
    public static double millis(int bytes, int baud) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + baud);
        }
        return bytes * (double) BITS_PER_BYTE * 1000 / baud;
    }

    /** Every byte of {@code exchanges}, both ways, on the line. */
    public static double wireMs(List<Exchange> exchanges, int baud) {
        return millis(totalBytes(exchanges), baud);
    }

    /** The replies of {@code exchanges} alone, as an emulator paces them. */
    public static double pacedMs(List<Exchange> exchanges, int baud) {
        return millis(replyBytes(exchanges), baud);
    }

    /** One row an exchange, host + reply bytes, then the total and the paced replies; names padded to {@code nameWidth}. */
    static void printBytes(PrintStream out, List<Exchange> exchanges, int baud, int nameWidth) {
        for (Exchange e : exchanges) {
            out.printf("  %-" + nameWidth + "s %5d + %4d%n", e.name(), e.hostBytes(), e.replyBytes());
        }
        out.printf("  %-" + nameWidth + "s %12d bytes = %.2f ms (the replies alone, which the emulator paces: %d bytes = %.2f ms)%n",
                "total", totalBytes(exchanges), wireMs(exchanges, baud), replyBytes(exchanges), pacedMs(exchanges, baud));
    }
}

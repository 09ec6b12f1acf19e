package org.kiosk.device.transport;

import java.time.Duration;

/**
 * Moves bytes to and from one device, and nothing else: no framing, no protocol.
 * Not thread-safe: a driver serialises its own calls.
 */
public interface Transport extends AutoCloseable {

    /** Where the device is, for logs and identities: {@code serial:/dev/serial/by-id/...}, {@code tcp://host:9100}. */
    String endpoint();

    /** Opens the link. Throws when the device is absent or refuses. */
    void open() throws TransportException;

    boolean isOpen();

    /** Writes all the bytes or throws; a lost link throws {@link TransportException}. */
    void write(byte[] data, int offset, int length) throws TransportException;

    default void write(byte[] data) throws TransportException {
        write(data, 0, data.length);
    }

    /**
     * Reads at least one byte, waiting at most {@code timeout}.
     *
     * @return the number of bytes read, at least 1
     * @throws TransportTimeoutException when nothing arrived in time
     * @throws TransportException        when the link is lost
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException;

    /** Reads exactly {@code length} bytes, all within {@code timeout}. */
    default byte[] readFully(int length, Duration timeout) throws TransportException {
        byte[] out = new byte[length];
        long deadline = System.nanoTime() + timeout.toNanos();
        int got = 0;
        while (got < length) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TransportTimeoutException(endpoint() + ": " + got + " of " + length + " bytes within " + timeout.toMillis() + " ms");
            }
            got += read(out, got, length - got, Duration.ofNanos(left));
        }
        return out;
    }

    /** Discards whatever has arrived and not been read (a late answer to an earlier question). */
    void discardInput() throws TransportException;

    /** Closes the link; safe to call more than once. */
    @Override
    void close();
}

package org.kiosk.provisioning.detect;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;

/** Waiting for one answer frame during a handshake, with the bytes fed to the driver's decoder. */
final class Replies {

    /** A driver's frame decoder as a handshake uses it. */
    interface FrameDecoder<R> {
        void feed(byte[] bytes, int offset, int length);

        /** The next whole frame, empty if more bytes are needed; throws when the bytes are not this protocol. */
        Optional<R> next() throws Exception;
    }

    private Replies() {
    }

    /**
     * Sends {@code request} and waits for one frame.
     *
     * @return the frame, or empty when none came within {@code timeout} or the bytes that came were not a frame
     */
    static <R> Optional<R> exchange(Transport t, byte[] request, FrameDecoder<R> decoder, Duration timeout)
            throws TransportException, InterruptedException {
        t.discardInput();
        t.write(request);
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Optional<R> frame = decoder.next();
                if (frame.isPresent()) {
                    return frame;
                }
            } catch (TransportException e) {
                throw e;
            } catch (Exception notThisProtocol) {
                return Optional.empty();
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                int n = t.read(buffer, 0, buffer.length, Duration.ofNanos(left));
                decoder.feed(buffer, 0, n);
            } catch (TransportTimeoutException silent) {
                return Optional.empty();
            }
        }
    }

    /** Whatever arrives unasked within {@code window}, up to {@code limit} bytes. */
    static byte[] listen(Transport t, Duration window, int limit) throws TransportException, InterruptedException {
        byte[] got = new byte[limit];
        int n = 0;
        long deadline = System.nanoTime() + window.toNanos();
        while (n < limit) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                n += t.read(got, n, limit - n, Duration.ofNanos(left));
            } catch (TransportTimeoutException quiet) {
                break;
            }
        }
        return Arrays.copyOf(got, n);
    }
}

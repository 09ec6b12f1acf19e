package org.kiosk.device.idcard;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.kiosk.device.DeviceException;
import org.kiosk.device.idcard.codec.SamCommand;
import org.kiosk.device.idcard.codec.SamFrameDecoder;
import org.kiosk.device.idcard.codec.SamFrameException;
import org.kiosk.device.idcard.codec.SamReply;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;

/**
 * One command and its reply over an open transport, with the reply frame checked by the codec. A read reply
 * carries the card's photo and fingerprint templates: the read buffer is zeroed as soon as the decoder has the
 * bytes, and the decoder is cleared (zeroed) after every attempt, so the returned reply holds the only copy.
 */
final class SamConversation {

    /** Bits on the wire per byte at 8N1. */
    private static final int BITS_PER_BYTE = 10;
    /** The largest reply: read with two fingerprint templates. */
    private static final int LONGEST_REPLY = 2321;
    /** A bad checksum is line noise: the command is sent once more before giving up. */
    private static final int ATTEMPTS_ON_CHECKSUM_ERROR = 2;

    private final String deviceId;
    private final Duration replyTimeout;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private final byte[] buffer = new byte[4096];

    /**
     * @param processingTime how long the reader may think before answering; the time the longest reply takes
     *                       on the wire at {@code baudRate} is added to it
     */
    SamConversation(String deviceId, int baudRate, Duration processingTime) {
        this.deviceId = deviceId;
        this.replyTimeout = processingTime.plusMillis(1000L * LONGEST_REPLY * BITS_PER_BYTE / baudRate + 1);
    }

    SamReply exchange(Transport t, SamCommand command) throws TransportException, DeviceException {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(t, command);
            } catch (SamFrameException e) {
                if (e.code() != IdCardError.CHECKSUM_ERROR || attempt == ATTEMPTS_ON_CHECKSUM_ERROR) {
                    throw new DeviceException(deviceId, e.code(), command.label() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The decoder, for tests that check what stays in memory. */
    SamFrameDecoder decoder() {
        return decoder;
    }

    /** The read buffer, for tests that check what stays in memory. */
    byte[] readBufferView() {
        return buffer;
    }

    private SamReply attempt(Transport t, SamCommand command) throws TransportException, DeviceException, SamFrameException {
        // each attempt starts afresh, so what is left after one is dropped at once rather than kept until the next
        try {
            return receive(t, command);
        } finally {
            decoder.clear();
            // a read that failed may have filled part of the buffer without saying how much
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private SamReply receive(Transport t, SamCommand command) throws TransportException, DeviceException, SamFrameException {
        t.discardInput();
        t.write(command.frame());
        long deadline = System.nanoTime() + replyTimeout.toNanos();
        while (true) {
            Optional<SamReply> reply = decoder.next();
            if (reply.isPresent()) {
                return reply.get();
            }
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    throw new TransportTimeoutException(t.endpoint() + ": no reply to " + command.label()
                            + " within " + replyTimeout.toMillis() + " ms");
                }
                int n = t.read(buffer, 0, buffer.length, Duration.ofNanos(left));
                decoder.feed(buffer, 0, n);
                Arrays.fill(buffer, 0, n, (byte) 0);
            } catch (TransportTimeoutException e) {
                if (decoder.buffered() > 0) {
                    // the reader did answer, but broke off: a bad frame, not a silent reader
                    throw new DeviceException(deviceId, IdCardError.FRAME_ERROR, command.label() + ": reply cut short after "
                            + decoder.buffered() + " bytes");
                }
                throw e;
            }
        }
    }
}

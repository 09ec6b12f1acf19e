package org.kiosk.device.fingerprint.codec;

import java.util.Arrays;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * Collects the data packets that follow UpChar (or UpImage) into one buffer: {@link PacketType#DATA} packets,
 * then one {@link PacketType#END_DATA}. The bytes are biometric data. Each packet's payload is zeroed as soon
 * as it has been copied, so the assembler's buffer is the only copy; callers {@link #wipe()} it (or close the
 * assembler) as soon as the template has been used, and wipe the copy {@link #template()} returns.
 * Not thread-safe; one assembler per transfer.
 */
public final class TemplateAssembler implements AutoCloseable {

    /** The size of one AS608/R30x fingerprint template, and of the templates on a resident ID card. */
    public static final int TEMPLATE_LENGTH = 512;

    private final byte[] buffer;
    private int length;
    private boolean complete;

    /** An assembler for one {@link #TEMPLATE_LENGTH}-byte template. */
    public TemplateAssembler() {
        this(TEMPLATE_LENGTH);
    }

    /** An assembler for up to {@code capacity} bytes; more is a transfer error. */
    public TemplateAssembler(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.buffer = new byte[capacity];
    }

    /**
     * Appends a data packet's payload and zeroes it in the packet; true once the last packet has come.
     * Any other packet, data after the last packet, or more bytes than the capacity is a
     * {@link FingerprintError#TEMPLATE_TRANSFER_FAILED}.
     */
    public boolean accept(Packet packet) throws PacketException {
        if (complete) {
            packet.wipe();
            throw new PacketException(FingerprintError.TEMPLATE_TRANSFER_FAILED,
                    "a packet of type " + packet.type() + " came after the last data packet");
        }
        if (!packet.type().isData()) {
            throw new PacketException(FingerprintError.TEMPLATE_TRANSFER_FAILED,
                    "expected a data packet, got a packet of type " + packet.type() + " after " + length + " bytes");
        }
        byte[] payload = packet.payloadView();
        if (payload.length > buffer.length - length) {
            packet.wipe();
            throw new PacketException(FingerprintError.TEMPLATE_TRANSFER_FAILED, String.format(
                    "data packets carry more than %d bytes: %d received and %d more",
                    buffer.length, length, payload.length));
        }
        System.arraycopy(payload, 0, buffer, length, payload.length);
        length += payload.length;
        packet.wipe();
        complete = packet.type() == PacketType.END_DATA;
        return complete;
    }

    /** Whether the last data packet has come. */
    public boolean isComplete() {
        return complete;
    }

    /** Bytes received so far. */
    public int length() {
        return length;
    }

    /** The assembled bytes, a copy the caller wipes after use; only once the last data packet has come. */
    public byte[] template() {
        if (!complete) {
            throw new IllegalStateException("the template is incomplete: " + length + " bytes so far");
        }
        return Arrays.copyOf(buffer, length);
    }

    /** Zeroes the buffer and starts over, ready for another transfer. */
    public void wipe() {
        Arrays.fill(buffer, (byte) 0);
        length = 0;
        complete = false;
    }

    /** {@link #wipe()}, for try-with-resources around one verification. */
    @Override
    public void close() {
        wipe();
    }

    /** The internal buffer, for tests that check what stays in memory. */
    byte[] bufferView() {
        return buffer;
    }
}

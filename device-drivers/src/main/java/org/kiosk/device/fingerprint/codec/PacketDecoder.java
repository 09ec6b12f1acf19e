package org.kiosk.device.fingerprint.codec;

import java.util.Arrays;
import java.util.Optional;
import org.kiosk.device.codec.WipingByteQueue;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * Turns the module's byte stream into packets, whatever the chunking. {@link #feed} appends bytes; {@link #next}
 * returns the next complete, checked packet or empty when more bytes are needed. Bytes before a start code
 * {@code EF 01} are skipped and counted. An unknown packet type, a length field out of range or a bad checksum
 * throws {@link PacketException} after dropping that packet's start code, so the next call resynchronises on
 * the next start code (possibly inside the rejected bytes: a packet whose length was corrupted can hide the
 * one after it). A checked packet for another address throws {@link FingerprintError#WRONG_ADDRESS} and is
 * dropped whole: the checksum does not cover the address, so its bounds are still known. A truncated packet
 * just waits for more bytes: the driver's read timeout decides how long.
 *
 * <p>Data packets carry template bytes: the decoder zeroes its copy of every byte it returns or drops, and
 * {@link #clear()} zeroes what is left, so that once the returned packets are wiped no copy remains.
 * Not thread-safe; one decoder per connection.
 */
public final class PacketDecoder {

    /** The shortest packet: a one-byte payload (an instruction, a confirmation code) and the checksum. */
    public static final int MIN_LENGTH = 3;
    /**
     * The longest packet: a data packet at the largest packet size, 256, and the checksum. Acknowledgements are
     * shorter (the longest, ReadIndexTable's, has 33 payload bytes). A larger LEN is line noise or a corrupted
     * length, rejected at once instead of waiting for bytes that never come.
     */
    public static final int MAX_LENGTH = 256 + Packets.CHECKSUM_LENGTH;

    private static final int INITIAL_CAPACITY = 1024;

    private final int address;
    private final WipingByteQueue queue = new WipingByteQueue(INITIAL_CAPACITY);

    /** A decoder for a module at {@link Packet#DEFAULT_ADDRESS}. */
    public PacketDecoder() {
        this(Packet.DEFAULT_ADDRESS);
    }

    /** A decoder that accepts packets from {@code address} only. */
    public PacketDecoder(int address) {
        this.address = address;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    public void feed(byte[] bytes, int offset, int length) {
        queue.append(bytes, offset, length);
    }

    /** The next complete packet, or empty if the bytes so far do not hold one. */
    public Optional<Packet> next() throws PacketException {
        if (!queue.seek(Packets.START) || buffered() < Packets.HEADER) {
            return Optional.empty();
        }
        byte[] buffer = queue.array();
        int start = queue.head();
        int pid = buffer[start + Packets.PID_AT] & 0xFF;
        Optional<PacketType> type = PacketType.of(pid);
        if (type.isEmpty()) {
            reject();
            throw new PacketException(FingerprintError.FRAME_ERROR, String.format("packet type %02X is unknown", pid));
        }
        int length = Packets.uint16(buffer, start + Packets.LEN_AT);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            reject();
            throw new PacketException(FingerprintError.FRAME_ERROR, String.format(
                    "%s packet length field %d is outside %d..%d", type.get(), length, MIN_LENGTH, MAX_LENGTH));
        }
        int packetLength = Packets.HEADER + length;
        if (buffered() < packetLength) {
            return Optional.empty();
        }
        int sumAt = start + packetLength - Packets.CHECKSUM_LENGTH;
        int expected = Packets.sum(buffer, start + Packets.PID_AT, sumAt);
        int received = Packets.uint16(buffer, sumAt);
        if (received != expected) {
            reject();
            throw new PacketException(FingerprintError.CHECKSUM_ERROR, String.format(
                    "%s packet of length %d has checksum %04X, the bytes give %04X",
                    type.get(), length, received, expected));
        }
        int from = Packets.int32(buffer, start + Packets.ADDRESS_AT);
        if (from != address) {
            queue.drop(packetLength);
                throw new PacketException(FingerprintError.WRONG_ADDRESS, String.format(
                    "%s packet from address %08X, expected %08X", type.get(), from, address));
        }
        Packet packet = new Packet(from, type.get(),
                Arrays.copyOfRange(buffer, start + Packets.HEADER, sumAt));
        queue.release(packetLength);
        return Optional.of(packet);
    }

    /** The address this decoder accepts packets from. */
    public int address() {
        return address;
    }

    /** Bytes dropped so far because they were not part of a valid packet (noise, rejected packets). */
    public long skippedBytes() {
        return queue.dropped();
    }

    /** Bytes fed but not yet returned in a packet or skipped. */
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

    /** Drops the start code of a packet just rejected; the rest of it is searched again as ordinary bytes. */
    private void reject() {
        queue.drop(Packets.START.length);
    }
}

package org.kiosk.sim.fingerprint;

import java.util.Arrays;

/**
 * Cuts the host's byte stream into packets addressed to this module. Bytes before a start code {@code EF 01} are
 * skipped. A start code followed by another address is taken for noise: the module does not answer it and looks
 * for the next start code right after it, as a module on a shared line ignores what is not meant for it. A LEN
 * below {@value #MIN_LEN} or above {@value #MAX_LEN} is refused at once and the search goes on after the start
 * code; a packet whose checksum is wrong is refused whole. An incomplete packet waits for the rest of its bytes.
 */
final class HostPacketDecoder {

    /** An empty payload: only the checksum. */
    static final int MIN_LEN = ModulePackets.CHECKSUM_BYTES;
    /** The biggest data packet (256 bytes) and its checksum. */
    static final int MAX_LEN = 256 + ModulePackets.CHECKSUM_BYTES;

    /** What the decoder made of one packet. */
    sealed interface HostPacket {
    }

    /** A well-formed packet for this module. */
    record Packet(int pid, byte[] payload) implements HostPacket {
    }

    /** A packet for this module with a bad length or checksum: answered {@code 01}. */
    record Rejected() implements HostPacket {
    }

    private final int address;
    private byte[] pending = new byte[512];
    private int size;

    HostPacketDecoder(int address) {
        this.address = address;
    }

    void append(byte[] bytes, int offset, int length) {
        if (size + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, size + length));
        }
        System.arraycopy(bytes, offset, pending, size, length);
        size += length;
    }

    /** The next packet, or null until more bytes come. */
    HostPacket next() {
        while (true) {
            int start = startAt();
            if (start < 0) {
                // keep a last EF that may be the first half of a start code split across reads
                drop(size > 0 && pending[size - 1] == ModulePackets.START[0] ? size - 1 : size);
                return null;
            }
            drop(start);
            if (size < ModulePackets.HEADER_BYTES) {
                return null;
            }
            if (ModulePackets.u32(pending, 2) != address) {
                drop(ModulePackets.START.length);
                continue;
            }
            int len = ModulePackets.u16(pending, 7);
            if (len < MIN_LEN || len > MAX_LEN) {
                drop(ModulePackets.START.length);
                return new Rejected();
            }
            int packetLength = ModulePackets.HEADER_BYTES + len;
            if (size < packetLength) {
                return null;
            }
            int sumAt = packetLength - ModulePackets.CHECKSUM_BYTES;
            HostPacket packet = ModulePackets.checksum(pending, 6, sumAt) == ModulePackets.u16(pending, sumAt)
                    ? new Packet(pending[6] & 0xFF, Arrays.copyOfRange(pending, ModulePackets.HEADER_BYTES, sumAt))
                    : new Rejected();
            drop(packetLength);
            return packet;
        }
    }

    /** Bytes received and not yet made into packets. */
    int buffered() {
        return size;
    }

    /** Forgets all but the first {@code n} buffered bytes (the cable is pulled after them). */
    void keepOnly(int n) {
        size = Math.min(size, n);
    }

    /** Forgets a partial packet (the link dropped). */
    void reset() {
        size = 0;
    }

    private int startAt() {
        for (int i = 0; i + 1 < size; i++) {
            if (pending[i] == ModulePackets.START[0] && pending[i + 1] == ModulePackets.START[1]) {
                return i;
            }
        }
        return -1;
    }

    private void drop(int n) {
        System.arraycopy(pending, n, pending, 0, size - n);
        size -= n;
    }
}

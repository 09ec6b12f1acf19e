package org.kiosk.device.fingerprint.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * One packet without its framing: the module address, the type and the payload. A data packet's payload is
 * part of a fingerprint template or image, which is biometric data: {@link #toString()} gives its size only,
 * and {@link #wipe()} zeroes it once it has been used. The packet takes the payload array over without copying
 * it, so that template bytes exist once: wiping the packet or the array passed in clears both.
 */
public final class Packet {

    /** The address every module answers to until it is configured otherwise. */
    public static final int DEFAULT_ADDRESS = 0xFFFFFFFF;

    private final int address;
    private final PacketType type;
    private final byte[] payload;

    /** A packet over {@code payload}, not a copy of it; the address is 32 bits, read unsigned. */
    public Packet(int address, PacketType type, byte[] payload) {
        this.address = address;
        this.type = Objects.requireNonNull(type);
        this.payload = Objects.requireNonNull(payload);
    }

    public int address() {
        return address;
    }

    public PacketType type() {
        return type;
    }

    /** A copy of the payload; for a data packet the caller wipes it after use. */
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    /** The first payload byte, unsigned: the instruction of a command, the confirmation code of an ack. */
    public int firstByte() {
        if (payload.length == 0) {
            throw new IllegalStateException("the packet has no payload");
        }
        return payload[0] & 0xFF;
    }

    /** Zeroes the payload; the packet keeps its length and type. */
    public void wipe() {
        Arrays.fill(payload, (byte) 0);
    }

    /** The payload without a copy, for the readers of this package, which only read it. */
    byte[] payloadView() {
        return payload;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Packet that && address == that.address && type == that.type
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * address + type.hashCode()) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format("Packet[%s, address %08X, %d payload bytes]", type, address, payload.length);
    }
}

package org.kiosk.device.fingerprint.codec;

import java.util.Optional;

/** The packet identifier (PID) byte: what a packet carries. */
public enum PacketType {
    /** Host to module: an instruction and its parameters. */
    COMMAND(0x01),
    /** Template or image data, with more packets to follow. */
    DATA(0x02),
    /** Module to host: a confirmation code and the instruction's answer. */
    ACK(0x07),
    /** The last packet of template or image data. */
    END_DATA(0x08);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    /** The PID byte. */
    public int code() {
        return code;
    }

    /** Whether the packet carries template or image data. */
    public boolean isData() {
        return this == DATA || this == END_DATA;
    }

    /** The type for a PID byte (only its low 8 bits count); empty for a PID the protocol does not define. */
    public static Optional<PacketType> of(int pid) {
        for (PacketType type : values()) {
            if (type.code == (pid & 0xFF)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

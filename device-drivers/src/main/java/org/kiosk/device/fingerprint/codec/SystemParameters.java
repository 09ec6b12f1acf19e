package org.kiosk.device.fingerprint.codec;

import org.kiosk.device.fingerprint.FingerprintError;

/**
 * The answer to ReadSysPara, 16 bytes big-endian: status register (2), system identifier (2), library capacity
 * (2), security level (2), device address (4), packet size code (2: 0..3 for 32, 64, 128, 256 bytes) and baud
 * rate N (2: baud = N × 9600). The packet size and baud rate are given decoded.
 */
public record SystemParameters(int status, int systemId, int capacity, int securityLevel, int address,
        int packetSize, int baudRate) {

    public static final int LENGTH = 16;
    /** The baud rate unit: the module's baud register holds N for N × 9600 baud. */
    public static final int BAUD_UNIT = 9600;
    /** The largest baud register value, N = 12 for 115200 baud. */
    public static final int MAX_BAUD_N = 12;

    /** Reads the 16 bytes at {@code offset}; the caller has checked that they are there. */
    static SystemParameters parse(byte[] bytes, int offset) throws PacketException {
        int sizeCode = Packets.uint16(bytes, offset + 12);
        if (sizeCode > 3) {
            throw new PacketException(FingerprintError.FRAME_ERROR,
                    "system parameters give packet size code " + sizeCode + ", not 0..3");
        }
        int baudN = Packets.uint16(bytes, offset + 14);
        if (baudN < 1 || baudN > MAX_BAUD_N) {
            throw new PacketException(FingerprintError.FRAME_ERROR,
                    "system parameters give baud rate N " + baudN + ", not 1.." + MAX_BAUD_N);
        }
        return new SystemParameters(Packets.uint16(bytes, offset), Packets.uint16(bytes, offset + 2),
                Packets.uint16(bytes, offset + 4), Packets.uint16(bytes, offset + 6), Packets.int32(bytes, offset + 8),
                packetSizeBytes(sizeCode), baudN * BAUD_UNIT);
    }

    /** The packet size register value (0..3) for a packet size of 32, 64, 128 or 256 bytes. */
    public static int packetSizeCode(int bytes) {
        int code = PacketEncoder.PACKET_SIZES.indexOf(bytes);
        if (code < 0) {
            throw new IllegalArgumentException("packet size must be one of " + PacketEncoder.PACKET_SIZES
                    + ", was " + bytes);
        }
        return code;
    }

    /** The packet size in bytes for a register value 0..3. */
    public static int packetSizeBytes(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("packet size code must be 0..3, was " + code);
        }
        return PacketEncoder.PACKET_SIZES.get(code);
    }

    /** The baud register value N for a baud rate N × 9600, N 1..12. */
    public static int baudCode(int baudRate) {
        if (baudRate % BAUD_UNIT != 0 || baudRate < BAUD_UNIT || baudRate > MAX_BAUD_N * BAUD_UNIT) {
            throw new IllegalArgumentException("baud rate must be N × 9600 for N 1..12, was " + baudRate);
        }
        return baudRate / BAUD_UNIT;
    }

    @Override
    public String toString() {
        return String.format("SystemParameters[status=%04X, systemId=%04X, capacity=%d, securityLevel=%d,"
                + " address=%08X, packetSize=%d, baudRate=%d]", status, systemId, capacity, securityLevel, address,
                packetSize, baudRate);
    }
}

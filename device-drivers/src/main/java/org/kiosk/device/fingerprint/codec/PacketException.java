package org.kiosk.device.fingerprint.codec;

import java.util.Objects;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * Bytes from the module that are not what the protocol or the conversation allows: a packet with a bad type,
 * length, checksum or address, an acknowledgement with a failure code or too short an answer, or data packets
 * that do not add up to a template. The code says which. Messages name lengths, codes and fields, never
 * template or image bytes.
 */
public class PacketException extends Exception {

    private final FingerprintError code;

    public PacketException(FingerprintError code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public FingerprintError code() {
        return code;
    }
}

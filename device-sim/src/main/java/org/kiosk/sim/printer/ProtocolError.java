package org.kiosk.sim.printer;

/**
 * A byte sequence the emulator could not accept as the protocol notes describe it.
 * Messages name command bytes and offsets only, never the printed text (a receipt may carry personal data).
 *
 * @param offset  position of the offending command's first byte in the stream since the link was opened
 * @param message what was wrong, ending with "at offset N"
 */
public record ProtocolError(long offset, String message) {

    @Override
    public String toString() {
        return message;
    }
}

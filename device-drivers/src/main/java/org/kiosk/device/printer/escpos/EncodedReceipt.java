package org.kiosk.device.printer.escpos;

import java.util.Arrays;

/**
 * A receipt as printer bytes.
 *
 * @param bytes              the ESC/POS stream, ready to send
 * @param replacedCharacters characters printed as {@code '?'} because the printer cannot print them;
 *                           callers log or count this (never the text itself)
 */
public record EncodedReceipt(byte[] bytes, int replacedCharacters) {

    public EncodedReceipt {
        bytes = bytes.clone();
        if (replacedCharacters < 0) {
            throw new IllegalArgumentException("replaced characters must not be negative, was " + replacedCharacters);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedReceipt r && r.replacedCharacters == replacedCharacters && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + replacedCharacters;
    }

    @Override
    public String toString() {
        return "EncodedReceipt[" + bytes.length + " bytes, replacedCharacters=" + replacedCharacters + "]";
    }
}

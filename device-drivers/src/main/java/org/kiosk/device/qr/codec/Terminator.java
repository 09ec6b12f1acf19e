package org.kiosk.device.qr.codec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The bytes a scanner in serial mode sends after each code. */
public enum Terminator {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'}),
    /** End of text, the usual partner of an STX prefix. */
    ETX(new byte[] {0x03});

    private final byte[] bytes;

    Terminator(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    byte byteAt(int i) {
        return bytes[i];
    }

    /** By name, ignoring case: {@code CR}, {@code lf}, ... */
    public static Optional<Terminator> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}

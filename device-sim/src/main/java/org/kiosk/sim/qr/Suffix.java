package org.kiosk.sim.qr;

/** What a scanner in serial mode sends after each code, as its setup menu offers. */
public enum Suffix {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'}),
    ETX(new byte[] {0x03});

    private final byte[] bytes;

    Suffix(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}

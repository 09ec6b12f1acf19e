package org.kiosk.device.idcard.document;

/**
 * The card's photo as the chip stores it: vendor-compressed WLT bytes, decodable only by a {@link PhotoDecoder}.
 * Kept opaque; {@link #toString()} gives the size only. It is personal data: {@link #wipe()} zeroes it once the
 * document is done with, and whoever passes an array in or takes one out through {@link #bytes()} wipes that array.
 */
public final class WltPhoto extends SensitiveBytes {

    /** Copies {@code bytes}; the caller wipes its own array. */
    public WltPhoto(byte[] bytes) {
        super(bytes);
    }

    /** A copy of the photo bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "WltPhoto[" + bytes.length + " bytes]";
    }
}

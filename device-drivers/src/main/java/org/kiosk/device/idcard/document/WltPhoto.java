package org.kiosk.device.idcard.document;

import java.util.Arrays;

/**
 * The card's photo as the chip stores it: vendor-compressed WLT bytes, decodable only by a {@link PhotoDecoder}.
 * Kept opaque; {@link #toString()} gives the size only.
 */
public record WltPhoto(byte[] bytes) {

    public WltPhoto {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WltPhoto that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WltPhoto[" + bytes.length + " bytes]";
    }
}

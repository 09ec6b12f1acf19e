package org.kiosk.device.idcard.document;

import java.util.Arrays;

/**
 * The card's photo as the chip stores it: vendor-compressed WLT bytes, decodable only by a {@link PhotoDecoder}.
 * Kept opaque; {@link #toString()} gives the size only. It is personal data: {@link #wipe()} zeroes it once the
 * document is done with, and whoever passes an array in or takes one out through {@link #bytes()} wipes that array.
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

    /** Overwrites the photo with zeros; the length stays. */
    public void wipe() {
        Arrays.fill(bytes, (byte) 0);
    }

    /** Whether only zeros are left. */
    public boolean isWiped() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
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

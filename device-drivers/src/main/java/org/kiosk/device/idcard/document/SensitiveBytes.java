package org.kiosk.device.idcard.document;

import java.util.Arrays;

/**
 * Personal bytes read from the card (photo, fingerprint templates) held in one private copy that can be zeroed
 * once the document is done with. Equality compares the bytes and the kind; subclasses keep {@code toString()}
 * free of the bytes. Public so that other documents' personal bytes (a passport's face image) share it.
 */
public abstract class SensitiveBytes {

    protected final byte[] bytes;

    /** Copies {@code source}; the caller wipes its own array. */
    protected SensitiveBytes(byte[] source) {
        this.bytes = source.clone();
    }

    /** Overwrites the bytes with zeros; the length stays. */
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
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && Arrays.equals(bytes, ((SensitiveBytes) other).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }
}

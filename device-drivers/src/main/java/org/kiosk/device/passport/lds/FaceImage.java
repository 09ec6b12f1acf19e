package org.kiosk.device.passport.lds;

import java.util.Objects;
import org.kiosk.device.idcard.document.SensitiveBytes;

/**
 * The holder's face image from DG2, as encoded on the chip. It is personal data: {@link #wipe()} zeroes it once the
 * session is done with it, and whoever takes an array out through {@link #bytes()} wipes that array.
 * {@link #toString()} gives the format and size only.
 */
public final class FaceImage extends SensitiveBytes {

    private final ImageFormat format;

    /** Copies {@code bytes}; the caller wipes its own array. */
    public FaceImage(ImageFormat format, byte[] bytes) {
        super(bytes);
        this.format = Objects.requireNonNull(format);
    }

    public ImageFormat format() {
        return format;
    }

    /** A copy of the encoded image. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + bytes.length + " bytes]";
    }
}

package org.kiosk.device.idcard.codec;

import java.util.Objects;
import org.kiosk.device.idcard.IdCardError;

/**
 * Bytes from the reader that looked like the start of a frame but were not a valid one: a length field out of
 * range ({@link IdCardError#FRAME_ERROR}) or a checksum that does not match ({@link IdCardError#CHECKSUM_ERROR}).
 * The decoder has already dropped the bad frame's preamble and will resynchronise on the next one.
 */
public class SamFrameException extends Exception {

    private final IdCardError code;

    public SamFrameException(IdCardError code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    /** {@link IdCardError#FRAME_ERROR} or {@link IdCardError#CHECKSUM_ERROR}. */
    public IdCardError code() {
        return code;
    }
}

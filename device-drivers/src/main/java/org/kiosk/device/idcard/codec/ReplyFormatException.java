package org.kiosk.device.idcard.codec;

import java.util.Objects;
import org.kiosk.device.idcard.IdCardError;

/**
 * A well-framed reply whose content is not what the command expects: a failure status instead of a body
 * (the code is then the status's error), or a body whose lengths do not add up ({@link IdCardError#FRAME_ERROR}).
 * Messages name lengths and status codes, never the card's content.
 */
public class ReplyFormatException extends Exception {

    private final IdCardError code;

    public ReplyFormatException(IdCardError code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public IdCardError code() {
        return code;
    }
}

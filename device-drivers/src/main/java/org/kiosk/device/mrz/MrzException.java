package org.kiosk.device.mrz;

import java.util.Objects;

/**
 * Text that is not a valid machine-readable zone. The message names the field and what is wrong with it (a line
 * count, a position, a length), never any of the zone's characters, which are personal data.
 */
public class MrzException extends Exception {

    /** What kind of fault was found. */
    public enum Reason {
        /** Not two lines of 44 or 36 characters nor three of 30. */
        WRONG_SHAPE,
        /** A character outside {@code A-Z 0-9 <}, or one the field does not allow (a letter in a date). */
        BAD_CHARACTER,
        /** A check digit that does not match its field. */
        CHECK_DIGIT
    }

    private final Reason reason;
    private final String field;

    public MrzException(Reason reason, String field, String problem) {
        super(field + ": " + problem);
        this.reason = Objects.requireNonNull(reason);
        this.field = Objects.requireNonNull(field);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The field that failed, named as the {@link MrzData} component it feeds ({@code documentNumber},
     * {@code birthDate}, {@code expiryDate}, {@code optionalData1}, ...), {@code name} for the name field,
     * {@code composite} for the composite check digit, {@code lines} for the shape.
     */
    public String field() {
        return field;
    }
}

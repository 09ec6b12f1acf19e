package org.kiosk.device.idcard.document;

import java.util.Objects;
import org.kiosk.device.idcard.IdCardError;

/**
 * Card text that is not a valid identity document: a field missing or malformed, a bad check digit, an unknown
 * type marker. The message names the field and the problem, never the field's value.
 */
public class DocumentFormatException extends Exception {

    private final IdCardError code;
    private final DocumentField field;

    public DocumentFormatException(IdCardError code, DocumentField field, String problem) {
        super(field.label() + ": " + problem);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    /** {@link IdCardError#DOCUMENT_INVALID}, or {@link IdCardError#UNKNOWN_CARD_TYPE} for an unknown type marker. */
    public IdCardError code() {
        return code;
    }

    public DocumentField field() {
        return field;
    }
}

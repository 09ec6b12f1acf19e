package org.kiosk.app.ui.journey;

import java.util.Optional;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.kiosk.platform.model.FormField;

/** Which document field fills a form field marked with a prefill: the form never asks for it again. */
public final class Prefills {

    private Prefills() {
    }

    public static DocumentField field(FormField.Prefill prefill) {
        return switch (prefill) {
            case NAME -> DocumentField.NAME;
            case ID_NUMBER -> DocumentField.DOCUMENT_NUMBER;
            case SEX -> DocumentField.SEX;
            case BIRTH_DATE -> DocumentField.BIRTH_DATE;
            case ADDRESS -> DocumentField.ADDRESS;
            case NATIONALITY -> DocumentField.NATIONALITY;
            case DOCUMENT_EXPIRY -> DocumentField.VALID_UNTIL;
        };
    }

    /** The document's value for a prefilled field, if the document has it. */
    public static Optional<PersonalValue> value(KioskSession session, FormField.Prefill prefill) {
        return session.documentField(field(prefill));
    }
}

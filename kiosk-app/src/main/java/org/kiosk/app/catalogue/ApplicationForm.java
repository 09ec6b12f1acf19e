package org.kiosk.app.catalogue;

import java.util.List;
import java.util.Objects;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;

/**
 * What the kiosk needs to take an application for a matter: the platform's implementation code, the matter's form
 * (its field names and rules) and the identity documents it accepts, kept with the matter so that a journey keeps the
 * form it started with.
 */
public record ApplicationForm(String implementationCode, FormSchema schema, List<DocumentType> acceptedDocuments) {

    /** What the ID-card reader reads: the documents a bundled matter accepts when its entry does not say. */
    public static final List<DocumentType> CARDS = List.of(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT,
            DocumentType.FOREIGN_PERMANENT_RESIDENCE);

    public ApplicationForm {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(schema, "schema");
        acceptedDocuments = acceptedDocuments == null ? CARDS : List.copyOf(acceptedDocuments);
    }
}

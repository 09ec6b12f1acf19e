package org.kiosk.platform.model;

import java.util.Objects;

/** Who applies. Personal data: {@link #toString()} shows only the document type. */
public record Applicant(DocumentType documentType, String documentNumber, String name) {

    public Applicant {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "Applicant[" + documentType + ", number and name withheld]";
    }
}

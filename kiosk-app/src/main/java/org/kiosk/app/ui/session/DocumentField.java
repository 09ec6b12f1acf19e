package org.kiosk.app.ui.session;

/** The fields of an identity document a journey puts in the session (from an ID card, passport or QR code). */
public enum DocumentField {
    DOCUMENT_TYPE,
    NAME,
    NAME_LATIN,
    SEX,
    BIRTH_DATE,
    NATIONALITY,
    DOCUMENT_NUMBER,
    ADDRESS,
    ISSUER,
    VALID_FROM,
    VALID_UNTIL
}

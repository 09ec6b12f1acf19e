package org.kiosk.device.idcard.document;

/** The fields of the card text, so that an error can say which field is bad without showing its value. */
public enum DocumentField {
    TEXT("text block"),
    TYPE_MARKER("type marker"),
    NAME("name"),
    ENGLISH_NAME("English name"),
    SEX("sex"),
    ETHNICITY("ethnicity"),
    NATIONALITY("nationality"),
    BIRTH_DATE("birth date"),
    ADDRESS("address"),
    ID_NUMBER("ID number"),
    ISSUING_AUTHORITY("issuing authority"),
    VALID_FROM("valid-from date"),
    VALID_TO("valid-to date"),
    PASS_NUMBER("pass number"),
    ISSUE_COUNT("issue count"),
    CARD_VERSION("card version");

    private final String label;

    DocumentField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

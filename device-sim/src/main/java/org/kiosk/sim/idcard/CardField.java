package org.kiosk.sim.idcard;

/** A text field of a card, by the key that names it in a card file. */
public enum CardField {
    /** Chinese name (on the foreigner cards: the Chinese name beside the English one). */
    NAME("name"),
    ENGLISH_NAME("englishName"),
    /** GB/T 2261.1 code: 0 unknown, 1 male, 2 female, 9 unspecified. */
    SEX("sex"),
    /** GB 3304 code, two digits. */
    ETHNICITY("ethnicity"),
    /** YYYYMMDD. */
    BIRTH_DATE("birthDate"),
    ADDRESS("address"),
    ID_NUMBER("idNumber"),
    ISSUER("issuer"),
    /** YYYYMMDD. */
    VALID_FROM("validFrom"),
    /** YYYYMMDD, or 长期 for no expiry. */
    VALID_TO("validTo"),
    PASS_NUMBER("passNumber"),
    /** Issue count on the 'J' permit, renewal count on the 'Y' card. */
    ISSUE_COUNT("issueCount"),
    /** ISO 3166 alpha-3. */
    NATIONALITY("nationality"),
    PERMIT_NUMBER("permitNumber"),
    CARD_VERSION("cardVersion"),
    AUTHORITY_CODE("authorityCode"),
    /** The character at bytes 248-249; each layout has its own, a card file may set another one. */
    TYPE_MARKER("typeMarker");

    private final String key;

    CardField(String key) {
        this.key = key;
    }

    /** The property key in a card file. */
    public String key() {
        return key;
    }
}

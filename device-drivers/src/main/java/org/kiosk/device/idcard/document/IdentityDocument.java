package org.kiosk.device.idcard.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity document as read from the card, for all four layouts. Fields a layout does not have are null
 * (see each component). Everything here is personal data: {@link #toString()} masks it, and no field value
 * belongs in a log line or an exception message.
 *
 * @param layout           which card and text layout it came from
 * @param name             name in Chinese; null where a foreign card has none
 * @param englishName      foreign cards only
 * @param sex              GB/T 2261.1
 * @param ethnicity        resident ID cards only (the permit's field is reserved)
 * @param nationality      foreign cards: ISO 3166-1 alpha-3 country code as the card gives it
 * @param birthDate        date of birth
 * @param address          resident ID cards and Hong Kong/Macao/Taiwan permits
 * @param idNumber         the 18-character GB 11643 number; for the old foreigner card ('I') its 15-character
 *                         permit number, which has no check digit
 * @param issuingAuthority the issuing office's name; for the old foreigner card the authority code; null for the
 *                         2023 foreigner card, whose text has no such field
 * @param validFrom        first day of validity
 * @param validTo          last day of validity, or null for a document that does not expire (长期)
 * @param passNumber       Hong Kong/Macao/Taiwan permits: the holder's travel pass number
 * @param issueCount       Hong Kong/Macao/Taiwan permits: issue count; 2023 foreigner card: renewal count
 * @param cardVersion      old foreigner card only
 * @param photo            the WLT photo, opaque
 * @param fingerprints     zero to two templates
 */
public record IdentityDocument(
        CardLayout layout,
        String name,
        String englishName,
        Sex sex,
        Ethnicity ethnicity,
        String nationality,
        LocalDate birthDate,
        String address,
        String idNumber,
        String issuingAuthority,
        LocalDate validFrom,
        LocalDate validTo,
        String passNumber,
        Integer issueCount,
        String cardVersion,
        WltPhoto photo,
        List<FingerprintTemplate> fingerprints) {

    public IdentityDocument {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(photo, "photo");
        fingerprints = List.copyOf(fingerprints);
        if (fingerprints.size() > 2) {
            throw new IllegalArgumentException("a card holds at most two fingerprint templates, not " + fingerprints.size());
        }
    }

    public DocumentType type() {
        return layout.documentType();
    }

    /** The last day of validity; empty for a document that does not expire. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(validTo);
    }

    public boolean hasNoExpiry() {
        return validTo == null;
    }

    /** Whether the document had expired on {@code today}: it is valid through its valid-to date. */
    public boolean expired(LocalDate today) {
        return validTo != null && today.isAfter(validTo);
    }

    public boolean hasFingerprints() {
        return !fingerprints.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("IdentityDocument[layout=").append(layout);
        text.append(", name=").append(Masking.name(name));
        if (englishName != null) {
            text.append(", englishName=").append(Masking.name(englishName));
        }
        text.append(", sex=").append(sex);
        if (ethnicity != null) {
            text.append(", ethnicity=**");
        }
        if (nationality != null) {
            text.append(", nationality=").append(nationality);
        }
        text.append(", birthDate=").append(Masking.birthDate(birthDate));
        if (address != null) {
            text.append(", address=").append(Masking.address(address));
        }
        text.append(", idNumber=").append(Masking.number(idNumber));
        if (issuingAuthority != null) {
            text.append(", issuingAuthority=").append(Masking.address(issuingAuthority));
        }
        text.append(", validFrom=").append(validFrom);
        text.append(", validTo=").append(validTo == null ? "none" : validTo);
        if (passNumber != null) {
            text.append(", passNumber=").append(Masking.number(passNumber));
        }
        if (issueCount != null) {
            text.append(", issueCount=").append(issueCount);
        }
        if (cardVersion != null) {
            text.append(", cardVersion=").append(cardVersion);
        }
        return text.append(", photo=").append(photo).append(", fingerprints=").append(fingerprints.size())
                .append(']').toString();
    }
}

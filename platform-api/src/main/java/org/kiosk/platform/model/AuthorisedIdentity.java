package org.kiosk.platform.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity an authorisation from the citizen's phone app vouches for, answered once when the kiosk redeems it.
 * Personal data: {@link #toString()} shows only the document type and the identity level.
 *
 * @param authorisationRef the reference that was redeemed (from the code's {@code authorisationRef})
 * @param documentType     the holder's identity document behind the electronic ID
 * @param documentNumber   its number
 * @param name             the name in Chinese characters, or as the document gives it
 * @param latinName        the name in Latin letters, or null
 * @param sex              as on the document
 * @param birthDate        as on the document
 * @param nationality      ISO 3166-1 alpha-3, e.g. {@code CHN}
 * @param validFrom        the document's first day of validity
 * @param validUntil       its last day, or null for a document valid for life
 * @param identityLevel    how strongly the phone app identified its holder
 * @param redeemedAt       when the platform answered the redemption
 */
public record AuthorisedIdentity(String authorisationRef, DocumentType documentType, String documentNumber, String name,
                                 String latinName, Sex sex, LocalDate birthDate, String nationality, LocalDate validFrom,
                                 LocalDate validUntil, IdentityLevel identityLevel, Instant redeemedAt) {

    public enum Sex { MALE, FEMALE }

    public AuthorisedIdentity {
        Objects.requireNonNull(authorisationRef, "authorisationRef");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(identityLevel, "identityLevel");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
    }

    /** Whether the document is past its last day on {@code today}. */
    public boolean expired(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    @Override
    public String toString() {
        return "AuthorisedIdentity[" + documentType + ", " + identityLevel + ", personal fields withheld]";
    }
}

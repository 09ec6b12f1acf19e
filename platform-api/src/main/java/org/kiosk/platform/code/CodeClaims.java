package org.kiosk.platform.code;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The claims of each kind of code, checked both when issued and when read. Every value is an identifier or a time:
 * no personal data is ever put in a code, since a code is shown on phones, printed on paper and photographed.
 */
public sealed interface CodeClaims {

    /** Identifiers in codes: short printable ASCII, safe to log, store and show. */
    int MAX_ID_LENGTH = 64;

    CodeKind kind();

    Issued issued();

    /** The claims as a JSON object for {@link CodeSigner#sign}, in a stable order. */
    Map<String, Object> toClaims();

    /**
     * The claims every code carries (RFC 7519 §4.1).
     *
     * @param issuer    {@code iss}: the platform's issuer name, or {@code kiosk:<kioskId>} for a provisional receipt
     * @param id        {@code jti}: unique per issuer; single-use codes are remembered by it
     * @param issuedAt  {@code iat}
     * @param notBefore {@code nbf}, not before {@code iat}
     * @param expiresAt {@code exp}, after {@code nbf}
     */
    record Issued(String issuer, String id, Instant issuedAt, Instant notBefore, Instant expiresAt) {
        public Issued {
            Ids.require("iss", issuer);
            Ids.require("jti", id);
            Objects.requireNonNull(issuedAt, "iat");
            Objects.requireNonNull(notBefore, "nbf");
            Objects.requireNonNull(expiresAt, "exp");
            if (notBefore.isBefore(issuedAt)) {
                throw new IllegalArgumentException("nbf is before iat");
            }
            if (!expiresAt.isAfter(notBefore)) {
                throw new IllegalArgumentException("exp is not after nbf");
            }
            issuedAt = truncated(issuedAt);
            notBefore = truncated(notBefore);
            expiresAt = truncated(expiresAt);
        }

        private static Instant truncated(Instant instant) {
            return Instant.ofEpochSecond(instant.getEpochSecond());
        }

        Map<String, Object> claims(CodeKind kind) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", issuer);
            claims.put("kind", kind.claim());
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("nbf", notBefore.getEpochSecond());
            claims.put("exp", expiresAt.getEpochSecond());
            claims.put("jti", id);
            return claims;
        }
    }

    /**
     * Check-in for a booked counter slot.
     *
     * @param appointmentId {@code appointmentId}: the platform's appointment code
     * @param serviceCentre {@code serviceCentre}: the code of the service centre the slot is at
     * @param slotStart     {@code slotStart}: NumericDate
     * @param slotEnd       {@code slotEnd}: NumericDate, after the start
     */
    record AppointmentCode(Issued issued, String appointmentId, String serviceCentre, Instant slotStart,
                           Instant slotEnd) implements CodeClaims {
        public AppointmentCode {
            Objects.requireNonNull(issued, "issued");
            Ids.require("appointmentId", appointmentId);
            Ids.require("serviceCentre", serviceCentre);
            Objects.requireNonNull(slotStart, "slotStart");
            Objects.requireNonNull(slotEnd, "slotEnd");
            if (!slotEnd.isAfter(slotStart)) {
                throw new IllegalArgumentException("slotEnd is not after slotStart");
            }
            slotStart = Instant.ofEpochSecond(slotStart.getEpochSecond());
            slotEnd = Instant.ofEpochSecond(slotEnd.getEpochSecond());
        }

        @Override
        public CodeKind kind() {
            return CodeKind.APPOINTMENT;
        }

        @Override
        public Map<String, Object> toClaims() {
            Map<String, Object> claims = issued.claims(kind());
            claims.put("appointmentId", appointmentId);
            claims.put("serviceCentre", serviceCentre);
            claims.put("slotStart", slotStart.getEpochSecond());
            claims.put("slotEnd", slotEnd.getEpochSecond());
            return claims;
        }
    }

    /**
     * Electronic ID / authorisation from the citizen's phone app: single use, at most {@link #MAX_LIFETIME} long.
     *
     * @param authorisationRef {@code authorisationRef}: an opaque reference the kiosk redeems with the platform for
     *                         the authorisation; the code itself holds no personal data
     */
    record AuthorisationCode(Issued issued, String authorisationRef) implements CodeClaims {
        /** From {@code iat} to {@code exp}: a screenshot of the code is useless soon after. */
        public static final java.time.Duration MAX_LIFETIME = java.time.Duration.ofMinutes(5);

        public AuthorisationCode {
            Objects.requireNonNull(issued, "issued");
            Ids.require("authorisationRef", authorisationRef);
        }

        @Override
        public CodeKind kind() {
            return CodeKind.AUTHORISATION;
        }

        @Override
        public Map<String, Object> toClaims() {
            Map<String, Object> claims = issued.claims(kind());
            claims.put("authorisationRef", authorisationRef);
            return claims;
        }
    }

    /** @param caseNumber {@code caseNumber}: the platform's case number printed on the receipt */
    record CaseTrackingCode(Issued issued, String caseNumber) implements CodeClaims {
        public CaseTrackingCode {
            Objects.requireNonNull(issued, "issued");
            Ids.require("caseNumber", caseNumber);
        }

        @Override
        public CodeKind kind() {
            return CodeKind.CASE_TRACKING;
        }

        @Override
        public Map<String, Object> toClaims() {
            Map<String, Object> claims = issued.claims(kind());
            claims.put("caseNumber", caseNumber);
            return claims;
        }
    }

    /**
     * A receipt printed while the platform was unreachable, signed with the printing kiosk's own key; its issuer is
     * {@code kiosk:<kioskId>}.
     *
     * @param kioskId        {@code kioskId}: the kiosk that accepted the application
     * @param localReference {@code localRef}: the kiosk's own reference of the application in its outbox
     */
    record ProvisionalReceiptCode(Issued issued, String kioskId, String localReference) implements CodeClaims {
        public ProvisionalReceiptCode {
            Objects.requireNonNull(issued, "issued");
            Ids.require("kioskId", kioskId);
            Ids.require("localRef", localReference);
            if (!issued.issuer().equals(KioskKeys.issuer(kioskId))) {
                throw new IllegalArgumentException("a provisional receipt's issuer is its kiosk");
            }
        }

        @Override
        public CodeKind kind() {
            return CodeKind.PROVISIONAL_RECEIPT;
        }

        @Override
        public Map<String, Object> toClaims() {
            Map<String, Object> claims = issued.claims(kind());
            claims.put("kioskId", kioskId);
            claims.put("localRef", localReference);
            return claims;
        }
    }

    /** The shape of identifiers in codes. */
    final class Ids {
        private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:/-]{1," + MAX_ID_LENGTH + "}");

        private Ids() {
        }

        static void require(String claim, String value) {
            if (value == null || !SHAPE.matcher(value).matches()) {
                throw new IllegalArgumentException(claim + " must be 1 to " + MAX_ID_LENGTH
                        + " characters of letters, digits and . _ : / -");
            }
        }
    }
}

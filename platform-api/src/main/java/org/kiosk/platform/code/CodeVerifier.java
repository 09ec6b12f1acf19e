package org.kiosk.platform.code;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kiosk.platform.code.CodeClaims.AppointmentCode;
import org.kiosk.platform.code.CodeClaims.AuthorisationCode;
import org.kiosk.platform.code.CodeClaims.CaseTrackingCode;
import org.kiosk.platform.code.CodeClaims.Issued;
import org.kiosk.platform.code.CodeClaims.ProvisionalReceiptCode;
import tools.jackson.databind.JsonNode;

/**
 * Verifies a scanned code on the kiosk: size, shape, header (exactly ES256 with a known key id and nothing else),
 * signature, then the claims and their times. It never fetches anything a code names; keys come only from the
 * {@link KeyLookup}s it was given. Stateless: single use is the {@link CodeClassifier}'s job.
 */
public final class CodeVerifier {

    /** An ES256 code with our claims is about 400 characters; QR codes hold at most 4296 alphanumerics. */
    public static final int DEFAULT_MAX_LENGTH = 2048;
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(30);
    private static final int SIGNATURE_BYTES = 64;
    /** Beyond year 9999: no code of ours lives that long, and Instant arithmetic stays far from overflow. */
    private static final long MAX_NUMERIC_DATE = 253_402_300_799L;

    private final String platformIssuer;
    private final KeyLookup platformKeys;
    private final KeyLookup kioskKeys;
    private final Clock clock;
    private final Duration leeway;
    private final int maxLength;

    private CodeVerifier(Builder builder) {
        this.platformIssuer = builder.platformIssuer;
        this.platformKeys = builder.platformKeys;
        this.kioskKeys = builder.kioskKeys;
        this.clock = builder.clock;
        this.leeway = builder.leeway;
        this.maxLength = builder.maxLength;
    }

    /**
     * @param platformIssuer the {@code iss} the platform puts in its codes
     * @param platformKeys   the platform's published keys, usually a {@link KeyRing}
     */
    public static Builder builder(String platformIssuer, KeyLookup platformKeys) {
        return new Builder(platformIssuer, platformKeys);
    }

    public Clock clock() {
        return clock;
    }

    public Duration leeway() {
        return leeway;
    }

    public CodeClaims verify(String text) throws CodeRejectedException {
        CompactJws jws = CompactJws.parse(text, maxLength);
        boolean kioskSigned = KioskKeys.isKioskKid(jws.kid());
        Optional<ECPublicKey> key = kioskSigned
                ? (kioskKeys == null ? Optional.empty() : kioskKeys.key(jws.kid()))
                : platformKeys.key(jws.kid());
        if (key.isEmpty()) {
            throw new CodeRejectedException(Rejection.UNKNOWN_KEY, "no published key has the code's key id");
        }
        byte[] signature = jws.signatureBytes();
        if (signature.length != SIGNATURE_BYTES || !verifies(key.get(), jws.signingInput(), signature)) {
            throw new CodeRejectedException(Rejection.BAD_SIGNATURE, "the ES256 signature does not verify");
        }
        CodeClaims claims = claims(jws.claims());
        checkSigner(claims, kioskSigned, jws.kid());
        checkTimes(claims);
        return claims;
    }

    private static boolean verifies(ECPublicKey key, String signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(CodeSigner.JCA_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(CompactJws.ascii(signingInput));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // an R or S of zero or beyond the order is refused by the JDK with an exception: a bad signature
            return false;
        }
    }

    private void checkSigner(CodeClaims claims, boolean kioskSigned, String kid) throws CodeRejectedException {
        if (kioskSigned) {
            if (!(claims instanceof ProvisionalReceiptCode receipt) || !KioskKeys.belongsTo(kid, receipt.kioskId())) {
                throw new CodeRejectedException(Rejection.INVALID_CLAIMS, claims.kind(),
                        "a kiosk's key signs only that kiosk's provisional receipts");
            }
        } else {
            if (claims instanceof ProvisionalReceiptCode) {
                throw new CodeRejectedException(Rejection.INVALID_CLAIMS, claims.kind(),
                        "a provisional receipt is signed by its kiosk, not the platform");
            }
            if (!claims.issued().issuer().equals(platformIssuer)) {
                throw new CodeRejectedException(Rejection.NOT_OURS, claims.kind(), "issued by another issuer");
            }
        }
    }

    private void checkTimes(CodeClaims claims) throws CodeRejectedException {
        Instant now = clock.instant();
        Issued issued = claims.issued();
        if (!now.isBefore(issued.expiresAt().plus(leeway))) {
            throw new CodeRejectedException(Rejection.EXPIRED, claims.kind(), "past its exp");
        }
        if (now.isBefore(issued.notBefore().minus(leeway))) {
            throw new CodeRejectedException(Rejection.NOT_YET_VALID, claims.kind(), "before its nbf");
        }
        if (claims instanceof AuthorisationCode && Duration.between(issued.issuedAt(), issued.expiresAt())
                .compareTo(AuthorisationCode.MAX_LIFETIME) > 0) {
            throw new CodeRejectedException(Rejection.LIFETIME_TOO_LONG, claims.kind(),
                    "an authorisation code lives at most " + AuthorisationCode.MAX_LIFETIME.toMinutes() + " minutes");
        }
    }

    private static CodeClaims claims(JsonNode node) throws CodeRejectedException {
        String kindClaim = string(node, "kind");
        CodeKind kind = CodeKind.fromClaim(kindClaim).orElseThrow(() ->
                new CodeRejectedException(Rejection.INVALID_CLAIMS, "the kind claim names no kind of ours"));
        try {
            Issued issued = new Issued(string(node, "iss"), string(node, "jti"), numericDate(node, "iat"),
                    numericDate(node, "nbf"), numericDate(node, "exp"));
            return switch (kind) {
                case APPOINTMENT -> new AppointmentCode(issued, string(node, "appointmentId"),
                        string(node, "serviceCentre"), numericDate(node, "slotStart"), numericDate(node, "slotEnd"));
                case AUTHORISATION -> new AuthorisationCode(issued, string(node, "authorisationRef"));
                case CASE_TRACKING -> new CaseTrackingCode(issued, string(node, "caseNumber"));
                case PROVISIONAL_RECEIPT -> new ProvisionalReceiptCode(issued, string(node, "kioskId"),
                        string(node, "localRef"));
                case UNKNOWN -> throw new IllegalStateException("fromClaim never yields UNKNOWN");
            };
        } catch (IllegalArgumentException e) {
            throw new CodeRejectedException(Rejection.INVALID_CLAIMS, kind, e.getMessage());
        }
    }

    private static String string(JsonNode node, String name) throws CodeRejectedException {
        JsonNode value = node.get(name);
        if (value == null || !value.isString()) {
            throw new CodeRejectedException(Rejection.INVALID_CLAIMS, "the claim \"" + name + "\" is not a string");
        }
        return value.asString();
    }

    private static Instant numericDate(JsonNode node, String name) throws CodeRejectedException {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()
                || value.asLong() < 0 || value.asLong() > MAX_NUMERIC_DATE) {
            throw new CodeRejectedException(Rejection.INVALID_CLAIMS,
                    "the claim \"" + name + "\" is not a NumericDate in whole seconds");
        }
        return Instant.ofEpochSecond(value.asLong());
    }

    /** Settings of a verifier; the defaults suit a kiosk. */
    public static final class Builder {
        private final String platformIssuer;
        private final KeyLookup platformKeys;
        private KeyLookup kioskKeys;
        private Clock clock = Clock.systemUTC();
        private Duration leeway = DEFAULT_LEEWAY;
        private int maxLength = DEFAULT_MAX_LENGTH;

        private Builder(String platformIssuer, KeyLookup platformKeys) {
            CodeClaims.Ids.require("platformIssuer", platformIssuer);
            this.platformIssuer = platformIssuer;
            this.platformKeys = Objects.requireNonNull(platformKeys, "platformKeys");
        }

        /** The keys of kiosks ({@code kiosk:<id>:<n>}), for provisional receipts; without them those are unknown. */
        public Builder kioskKeys(KeyLookup kioskKeys) {
            this.kioskKeys = Objects.requireNonNull(kioskKeys, "kioskKeys");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Clock difference tolerated on {@code exp} and {@code nbf}; at most 5 minutes. */
        public Builder leeway(Duration leeway) {
            if (leeway.isNegative() || leeway.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("leeway must be between 0 and 5 minutes");
            }
            this.leeway = leeway;
            return this;
        }

        public Builder maxLength(int maxLength) {
            if (maxLength < 64) {
                throw new IllegalArgumentException("maxLength must be at least 64");
            }
            this.maxLength = maxLength;
            return this;
        }

        public CodeVerifier build() {
            return new CodeVerifier(this);
        }
    }
}

package org.kiosk.platform.code;

import java.util.Objects;
import java.util.Optional;

/**
 * What a scanned text is to the kiosk. Only a {@link Status#VALID} code may be acted on; anything else is shown to
 * the citizen as {@link #messageKey()} and otherwise ignored: never opened, fetched or run.
 *
 * @param kind      the kind, when the signature verified (or, for {@link Status#UNVERIFIED}, as the code claims)
 * @param status    valid, rejected, or read without keys
 * @param rejection why it was rejected; present exactly when the status is {@link Status#REJECTED}
 * @param claims    the verified claims; present exactly when the status is {@link Status#VALID}
 */
public record Classification(CodeKind kind, Status status, Optional<Rejection> rejection,
                             Optional<CodeClaims> claims) {

    public enum Status {
        VALID,
        REJECTED,
        /** Read without verifying, as kioskctl does when no key set is configured: never act on it. */
        UNVERIFIED
    }

    public Classification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(claims, "claims");
        if (rejection.isPresent() != (status == Status.REJECTED)) {
            throw new IllegalArgumentException("a rejection goes with the REJECTED status only");
        }
        if (claims.isPresent() != (status == Status.VALID)) {
            throw new IllegalArgumentException("claims go with the VALID status only");
        }
    }

    public static Classification valid(CodeClaims claims) {
        return new Classification(claims.kind(), Status.VALID, Optional.empty(), Optional.of(claims));
    }

    public static Classification rejected(CodeKind kind, Rejection rejection) {
        return new Classification(kind, Status.REJECTED, Optional.of(rejection), Optional.empty());
    }

    public static Classification unverified(CodeKind kind) {
        return new Classification(kind, Status.UNVERIFIED, Optional.empty(), Optional.empty());
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    /** The citizen's message in the {@code org.kiosk.platform.code.CodeMessages} bundle; none for a valid code. */
    public Optional<String> messageKey() {
        return switch (status) {
            case VALID -> Optional.empty();
            case REJECTED -> Optional.of(rejection.orElseThrow().messageKey());
            case UNVERIFIED -> Optional.of(Rejection.NOT_OURS.messageKey());
        };
    }

    /** Kind and outcome only: never the claims, which a log line must not carry. */
    @Override
    public String toString() {
        return "Classification[" + kind + " " + status + rejection.map(r -> " " + r).orElse("") + "]";
    }
}

package org.kiosk.platform.code;

import java.util.Optional;

/** The codes a kiosk accepts, by their {@code kind} claim. */
public enum CodeKind {
    /** An appointment check-in code, issued by the platform when a citizen books a counter slot. */
    APPOINTMENT("appointment"),
    /** A short-lived, single-use electronic-ID / authorisation code shown by the citizen's phone app. */
    AUTHORISATION("authorisation"),
    /** The case-tracking code on a receipt of an application the platform accepted. */
    CASE_TRACKING("case-tracking"),
    /** The code on a receipt a kiosk printed while the platform was unreachable, signed by that kiosk. */
    PROVISIONAL_RECEIPT("provisional-receipt"),
    /** Not one of our codes, or a code whose kind could not be read. */
    UNKNOWN(null);

    private final String claim;

    CodeKind(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code kind} claim; none for {@link #UNKNOWN}. */
    public String claim() {
        if (claim == null) {
            throw new IllegalStateException("UNKNOWN has no kind claim");
        }
        return claim;
    }

    static Optional<CodeKind> fromClaim(String value) {
        for (CodeKind kind : values()) {
            if (kind.claim != null && kind.claim.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package org.kiosk.platform.code;

/**
 * Why a scanned text is not a usable code. Each value names one check, so the kiosk can tell the citizen what to do
 * and operations can count failures by cause without ever seeing the code itself.
 */
public enum Rejection {
    /** Not a compact JWS at all: a web address, another app's code, free text. Never opened, fetched or run. */
    NOT_OURS("code.notUsableHere"),
    /** Looks like one of our codes but a part is not valid base64url or JSON, or a member has the wrong type. */
    MALFORMED("code.notUsableHere"),
    /** Longer than any code we issue; refused before any parsing. */
    OVERSIZE("code.notUsableHere"),
    /** The header names an algorithm other than ES256 ({@code none}, HS256, RS256, ...). */
    UNSUPPORTED_ALGORITHM("code.notUsableHere"),
    /** The header carries a member we never issue ({@code crit}, {@code jku}, {@code x5u}, {@code jwk}, ...). */
    FORBIDDEN_HEADER("code.notUsableHere"),
    /** No published key has the header's key id, even after a refresh of the key set. */
    UNKNOWN_KEY("code.notUsableHere"),
    /** The signature does not verify with the key the header names. */
    BAD_SIGNATURE("code.notUsableHere"),
    /** Signed by us, but a claim is missing, of the wrong type, or out of its allowed range. */
    INVALID_CLAIMS("code.notUsableHere"),
    /** A single-use code whose lifetime is longer than the rules allow. */
    LIFETIME_TOO_LONG("code.notUsableHere"),
    /** Past its {@code exp}, beyond the leeway. */
    EXPIRED("code.expired"),
    /** Before its {@code nbf}, beyond the leeway. */
    NOT_YET_VALID("code.notYetValid"),
    /** A single-use code that was already used. */
    REPLAYED("code.alreadyUsed"),
    /** The replay memory is full of unexpired entries; refusing is safer than forgetting one. */
    REPLAY_MEMORY_FULL("code.tryAgainLater");

    private final String messageKey;

    Rejection(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the citizen's message in the {@code CodeMessages} resource bundle. */
    public String messageKey() {
        return messageKey;
    }
}

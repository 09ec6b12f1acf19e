package org.kiosk.platform.code;

import java.util.Objects;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kiosk.platform.code.CodeClaims.AuthorisationCode;
import tools.jackson.databind.JsonNode;

/**
 * Turns any scanned text into a {@link Classification}: the kiosk's and kioskctl's single entry point for codes.
 * Every text is untrusted; whatever is not a valid code of ours only ever yields a reason and a citizen message.
 */
public final class CodeClassifier {

    /** The bundle with the citizens' messages for {@link Classification#messageKey()}. */
    public static final String MESSAGES = "org.kiosk.platform.code.CodeMessages";

    /** Without this, zh-CN would fall back to the JVM's default locale before the zh-CN base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final CodeVerifier verifier;
    private final ReplayStore replays;

    public CodeClassifier(CodeVerifier verifier, ReplayStore replays) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.replays = Objects.requireNonNull(replays, "replays");
    }

    /**
     * Verifies the text and, for a single-use code, records its use: a second call with the same authorisation code
     * is {@link Rejection#REPLAYED}. Call it once per scan that the kiosk will act on.
     */
    public Classification classify(String text) {
        CodeClaims claims;
        try {
            claims = verifier.verify(text);
        } catch (CodeRejectedException e) {
            return Classification.rejected(e.kind(), e.reason());
        }
        if (claims instanceof AuthorisationCode) {
            String id = claims.issued().issuer() + " " + claims.issued().id();
            ReplayStore.Outcome outcome = replays.markUsed(id,
                    claims.issued().expiresAt().plus(verifier.leeway()), verifier.clock().instant());
            switch (outcome) {
                case REPLAYED -> {
                    return Classification.rejected(claims.kind(), Rejection.REPLAYED);
                }
                case FULL -> {
                    return Classification.rejected(claims.kind(), Rejection.REPLAY_MEMORY_FULL);
                }
                case FIRST_USE -> {
                }
            }
        }
        return Classification.valid(claims);
    }

    /**
     * The kind a text claims to be, read without any key: for kioskctl when no key set is configured. The result is
     * {@link Classification.Status#UNVERIFIED} (or rejected when the text is not even shaped like a code of ours),
     * and must never be acted on.
     */
    public static Classification kindOnly(String text) {
        try {
            CompactJws jws = CompactJws.parse(text, CodeVerifier.DEFAULT_MAX_LENGTH);
            JsonNode kind = jws.claims().get("kind");
            return Classification.unverified(kind != null && kind.isString()
                    ? CodeKind.fromClaim(kind.asString()).orElse(CodeKind.UNKNOWN)
                    : CodeKind.UNKNOWN);
        } catch (CodeRejectedException e) {
            return Classification.rejected(CodeKind.UNKNOWN, e.reason());
        }
    }

    /** The citizen's message for a classification, in zh-CN (default), zh-HK or en. */
    public static String message(Classification classification, Locale locale) {
        return classification.messageKey()
                .map(key -> ResourceBundle.getBundle(MESSAGES, locale, NO_FALLBACK).getString(key))
                .orElse("");
    }
}

package org.kiosk.app.verification;

import org.kiosk.device.DeviceErrorCode;

/** How a person–ID fingerprint verification ended. Every outcome but {@link Verified} leads to another way of verifying. */
public sealed interface VerificationOutcome {

    /** The live finger matched a template of the card. */
    record Verified(int score, int attempts) implements VerificationOutcome {
    }

    /** No attempt reached the threshold. */
    record NotMatched(int attempts) implements VerificationOutcome {
    }

    /** No finger was placed in time. */
    record NoFinger() implements VerificationOutcome {
    }

    /** The card carries no fingerprint template: verify another way. */
    record CardHasNoFingerprint() implements VerificationOutcome {
    }

    /** The citizen refused consent: the non-biometric alternative (counter verification), never a dead end. */
    record ConsentRefused() implements VerificationOutcome {
    }

    /** No consent was asked for in this session: nothing was captured. */
    record NoConsent() implements VerificationOutcome {
    }

    /** The citizen or the session cancelled. */
    record Cancelled() implements VerificationOutcome {
    }

    /** The module failed; the code says who can fix it. */
    record DeviceError(DeviceErrorCode code) implements VerificationOutcome {
    }
}

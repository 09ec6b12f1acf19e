package org.kiosk.app.ui.service;

import java.util.concurrent.CompletableFuture;
import org.kiosk.app.ui.session.KioskSession;

/** Person–ID verification by fingerprint, only after the citizen's separate consent, which is recorded either way. */
public interface BiometricCheck {

    enum Result {
        VERIFIED,
        NOT_MATCHED,
        NO_FINGER,
        /** The card carries no template, the module failed, or there was no consent: verify another way. */
        UNAVAILABLE
    }

    /** Whether fingerprint verification can be offered to the holder of the document read in {@code session}. */
    boolean offered(KioskSession session);

    /** Records the citizen's answer on the consent screen (no biometric data in the record). */
    void recordConsent(KioskSession session, boolean granted);

    /** Verifies the finger on the sensor against the card read in {@code session}, off the FX thread. */
    CompletableFuture<Result> verify(KioskSession session);

    BiometricCheck NONE = new BiometricCheck() {
        @Override
        public boolean offered(KioskSession session) {
            return false;
        }

        @Override
        public void recordConsent(KioskSession session, boolean granted) {
        }

        @Override
        public CompletableFuture<Result> verify(KioskSession session) {
            return CompletableFuture.completedFuture(Result.UNAVAILABLE);
        }
    };
}

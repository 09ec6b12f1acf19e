package org.kiosk.app.journey;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.kiosk.app.consent.ConsentRecord;
import org.kiosk.app.consent.ConsentStore;
import org.kiosk.app.consent.ConsentStoreException;
import org.kiosk.app.ui.service.BiometricCheck;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.verification.BiometricBuffers;
import org.kiosk.app.verification.FingerprintVerification;
import org.kiosk.app.verification.VerificationOutcome;
import org.kiosk.device.DeviceState;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fingerprint verification against the card read in the session, after consent recorded in the consent store. */
public final class FingerprintCheck implements BiometricCheck {

    private static final Logger log = LoggerFactory.getLogger(FingerprintCheck.class);

    private final CardIdentification cards;
    private final FingerprintModule module;
    private final FingerprintVerification verification;
    private final ConsentStore consents;
    private final String kioskId;
    private final Clock clock;
    private final ExecutorService executor;

    public FingerprintCheck(CardIdentification cards, FingerprintModule module, FingerprintVerification verification,
            ConsentStore consents, String kioskId, Clock clock, ExecutorService executor) {
        this.cards = cards;
        this.module = module;
        this.verification = verification;
        this.consents = consents;
        this.kioskId = kioskId;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public boolean offered(KioskSession session) {
        DeviceState state = module.status().state();
        boolean ready = state == DeviceState.ONLINE || state == DeviceState.BUSY;
        return ready && cards.document(session).map(IdentityDocument::hasFingerprints).orElse(false);
    }

    @Override
    public void recordConsent(KioskSession session, boolean granted) {
        try {
            consents.record(new ConsentRecord(ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT,
                    clock.instant(), kioskId, session.id(),
                    granted ? ConsentRecord.Decision.GRANTED : ConsentRecord.Decision.REFUSED));
        } catch (ConsentStoreException e) {
            // without a stored consent the verification refuses to start, so the citizen verifies another way
            log.error("consent answer of session {} not stored: {}", session.id(), e.getMessage());
        }
    }

    @Override
    public CompletableFuture<Result> verify(KioskSession session) {
        Optional<IdentityDocument> card = cards.document(session);
        if (card.isEmpty()) {
            return CompletableFuture.completedFuture(Result.UNAVAILABLE);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                VerificationOutcome outcome = verification.verify(session.id(), card.get(), session::isWiped, new BiometricBuffers());
                log.info("fingerprint verification of session {}: {}", session.id(), outcome.getClass().getSimpleName());
                return switch (outcome) {
                    case VerificationOutcome.Verified v -> Result.VERIFIED;
                    case VerificationOutcome.NotMatched n -> Result.NOT_MATCHED;
                    case VerificationOutcome.NoFinger n -> Result.NO_FINGER;
                    default -> Result.UNAVAILABLE;
                };
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, executor);
    }
}

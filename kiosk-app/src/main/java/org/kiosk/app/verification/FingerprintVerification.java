package org.kiosk.app.verification;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.kiosk.app.consent.ConsentRecord;
import org.kiosk.app.consent.ConsentStore;
import org.kiosk.app.consent.ConsentStoreException;
import org.kiosk.device.DeviceException;
import org.kiosk.device.fingerprint.FingerprintError;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.document.FingerprintTemplate;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Person–ID verification: is the finger on the sensor the finger whose template the ID card carries? It runs
 * only after the citizen granted separate consent for it in this session; the match happens on the module; and
 * every template copy (the card's, ours, the module's two buffers) is overwritten when it ends, however it ends.
 * Nothing biometric is logged, stored or sent.
 */
public final class FingerprintVerification {

    /**
     * @param threshold      the lowest match score that counts as the same finger
     * @param maxAttempts    captures before giving up (default 3)
     * @param captureTimeout how long to wait for a finger on each attempt
     */
    public record Settings(int threshold, int maxAttempts, Duration captureTimeout) {

        public Settings {
            if (threshold < 1) {
                throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
        }

        public static Settings standard() {
            return new Settings(50, 3, Duration.ofSeconds(15));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(FingerprintVerification.class);
    private static final int LIVE_BUFFER = 1;
    private static final int CARD_BUFFER = 2;

    private final FingerprintModule module;
    private final ConsentStore consents;
    private final Settings settings;

    public FingerprintVerification(FingerprintModule module, ConsentStore consents, Settings settings) {
        this.module = module;
        this.consents = consents;
        this.settings = settings;
    }

    /**
     * Verifies the citizen of {@code sessionId} against {@code card}. Template bytes go only into {@code buffers},
     * which are zeroed before this returns, as are the card's templates.
     */
    public VerificationOutcome verify(String sessionId, IdentityDocument card, BooleanSupplier cancelled, BiometricBuffers buffers)
            throws InterruptedException {
        try (buffers) {
            Optional<VerificationOutcome> refused = consentWithheld(sessionId);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (!card.hasFingerprints()) {
                return new VerificationOutcome.CardHasNoFingerprint();
            }
            return attempts(card, cancelled, buffers);
        } finally {
            card.fingerprints().forEach(FingerprintTemplate::wipe);
        }
    }

    private Optional<VerificationOutcome> consentWithheld(String sessionId) {
        try {
            Optional<ConsentRecord> answer = consents.latest(sessionId, ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT);
            if (answer.isEmpty()) {
                return Optional.of(new VerificationOutcome.NoConsent());
            }
            if (answer.get().decision() != ConsentRecord.Decision.GRANTED) {
                return Optional.of(new VerificationOutcome.ConsentRefused());
            }
            return Optional.empty();
        } catch (ConsentStoreException e) {
            // without a provable consent there is no biometric processing
            log.error("consent store unavailable; fingerprint verification not started: {}", e.getMessage());
            return Optional.of(new VerificationOutcome.NoConsent());
        }
    }

    private VerificationOutcome attempts(IdentityDocument card, BooleanSupplier cancelled, BiometricBuffers buffers) throws InterruptedException {
        byte[] template = buffers.allocate(FingerprintTemplate.LENGTH);
        try {
            for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
                try {
                    module.capture(settings.captureTimeout(), cancelled);
                    module.imageToFeatures(LIVE_BUFFER);
                } catch (DeviceException e) {
                    if (e.code() == FingerprintError.TIMED_OUT) {
                        return new VerificationOutcome.NoFinger();
                    }
                    if (e.code() == FingerprintError.CANCELLED) {
                        return new VerificationOutcome.Cancelled();
                    }
                    if (e.code() == FingerprintError.POOR_IMAGE || e.code() == FingerprintError.CAPTURE_FAILED) {
                        continue;
                    }
                    throw e;
                }
                int best = 0;
                for (FingerprintTemplate t : card.fingerprints()) {
                    t.copyTo(template);
                    module.downloadTemplate(CARD_BUFFER, template);
                    best = Math.max(best, module.match());
                }
                if (best >= settings.threshold()) {
                    return new VerificationOutcome.Verified(best, attempt);
                }
            }
            return new VerificationOutcome.NotMatched(settings.maxAttempts());
        } catch (DeviceException e) {
            log.warn("fingerprint verification stopped by the module: {}", e.code());
            return new VerificationOutcome.DeviceError(e.code());
        } finally {
            clearModuleBuffers();
        }
    }

    /** Overwrites both of the module's feature buffers with a blank template; best effort, the module may be gone. */
    private void clearModuleBuffers() {
        byte[] blank = new byte[FingerprintTemplate.LENGTH];
        try {
            module.downloadTemplate(LIVE_BUFFER, blank);
            module.downloadTemplate(CARD_BUFFER, blank);
        } catch (DeviceException e) {
            log.info("module buffers not overwritten ({}); the module clears them when powered off", e.code());
        }
    }
}

package org.kiosk.app.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.kiosk.app.appointments.CodeScans;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.code.Classification;
import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.KeyRing;
import org.kiosk.platform.code.Rejection;
import org.kiosk.platform.code.ReplayStore;
import org.kiosk.platform.model.AuthorisedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification by the e-ID code of the citizen's government app: the scanned text is verified as an
 * {@code authorisation} code of the platform (signature, kind, lifetime, single use in the kiosk's memory of used
 * codes), its reference redeemed with the platform over the kiosk's mutual-TLS channel, and the holder's identity put
 * into the visit's session as document fields, as a card reading does. Nothing of the code or the identity is logged.
 */
public final class PhoneEidIdentification implements PhoneIdentification {

    private static final Logger log = LoggerFactory.getLogger(PhoneEidIdentification.class);

    private final CodeScans scans;
    private final PlatformClient platform;
    private final KeyRing keys;
    private final CodeClassifier codes;
    private final BooleanSupplier scannerReady;
    private final Clock clock;
    private final ExecutorService executor;

    /**
     * @param issuer       the platform's {@code iss}, as configured for codes
     * @param usedCodes    the kiosk's memory of used single-use codes
     * @param scannerReady whether the QR scanner is working now
     */
    public PhoneEidIdentification(CodeScans scans, PlatformClient platform, String issuer, ReplayStore usedCodes,
            BooleanSupplier scannerReady, Clock clock, ExecutorService executor) {
        this.scans = scans;
        this.platform = platform;
        this.keys = new KeyRing(platform, clock);
        this.codes = new CodeClassifier(CodeVerifier.builder(issuer, keys).clock(clock).build(), usedCodes);
        this.scannerReady = scannerReady;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public boolean ready() {
        return scannerReady.getAsBoolean();
    }

    @Override
    public Listening listen(KioskSession session, Consumer<Result> results) {
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicBoolean checking = new AtomicBoolean();
        CodeScans.Armed[] armed = new CodeScans.Armed[1];
        Listening listening = () -> {
            if (open.compareAndSet(true, false) && armed[0] != null) {
                armed[0].close();
            }
        };
        armed[0] = scans.arm(text -> {
            if (!open.get() || session.isWiped() || !checking.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(() -> {
                    Result result;
                    try {
                        result = check(session, text);
                        if (result.outcome() == Outcome.IDENTIFIED) {
                            // one identity per visit: a later code must not replace the one the citizen is shown
                            listening.close();
                        }
                    } finally {
                        // before the citizen is told: a code shown right after the answer is checked, not dropped
                        checking.set(false);
                    }
                    if (!session.isWiped()) {
                        results.accept(result);
                    }
                });
            } catch (RejectedExecutionException e) {
                checking.set(false);
                log.warn("e-ID code not checked: the kiosk is shutting down");
            }
        });
        if (!open.get()) {
            armed[0].close();
        }
        session.onWipe(listening::close);
        return listening;
    }

    /** Verifies, redeems and stores; the outcome only says what the citizen is told. */
    Result check(KioskSession session, String text) {
        Classification classification = codes.classify(text);
        if (!classification.isValid()) {
            Rejection rejection = classification.rejection().orElse(Rejection.NOT_OURS);
            log.info("phone code refused: {}", classification);
            return Result.of(switch (rejection) {
                // a phone whose clock runs ahead makes codes that start later: a new code from the app is the remedy too
                case EXPIRED, NOT_YET_VALID -> Outcome.EXPIRED;
                case REPLAYED -> Outcome.ALREADY_USED;
                case REPLAY_MEMORY_FULL -> Outcome.UNAVAILABLE;
                // without any key fetched yet the kiosk cannot tell a code of ours: the platform is what is missing
                case UNKNOWN_KEY -> keys.current().kids().isEmpty() ? Outcome.UNAVAILABLE : Outcome.NOT_AN_EID;
                default -> Outcome.NOT_AN_EID;
            });
        }
        if (!(classification.claims().orElseThrow() instanceof CodeClaims.AuthorisationCode authorisation)) {
            log.info("phone code refused: a {} code is not an e-ID", classification.kind());
            return Result.of(Outcome.NOT_AN_EID);
        }
        AuthorisedIdentity identity;
        try {
            identity = platform.redeemAuthorisation(authorisation.authorisationRef());
        } catch (PlatformRefusedException e) {
            log.info("e-ID redemption refused by the platform: {}", e.code());
            return Result.of(switch (e.code()) {
                case "authorisation-redeemed" -> Outcome.ALREADY_USED;
                case "authorisation-expired" -> Outcome.EXPIRED;
                case "authorisation-unknown" -> Outcome.NOT_AN_EID;
                default -> Outcome.UNAVAILABLE;
            });
        } catch (PlatformException e) {
            log.warn("e-ID not redeemed, platform unavailable: {}", e.getMessage());
            return Result.of(Outcome.UNAVAILABLE);
        }
        try {
            put(session, DocumentField.DOCUMENT_TYPE, identity.documentType().name());
            put(session, DocumentField.NAME, identity.name());
            put(session, DocumentField.NAME_LATIN, identity.latinName());
            put(session, DocumentField.SEX, identity.sex().name());
            put(session, DocumentField.BIRTH_DATE, identity.birthDate().toString());
            put(session, DocumentField.NATIONALITY, identity.nationality());
            put(session, DocumentField.DOCUMENT_NUMBER, identity.documentNumber());
            put(session, DocumentField.VALID_FROM, identity.validFrom().toString());
            put(session, DocumentField.VALID_UNTIL, Optional.ofNullable(identity.validUntil()).map(LocalDate::toString).orElse(null));
        } catch (IllegalStateException wiped) {
            // the visit ended while the platform answered: the identity goes nowhere
            return Result.of(Outcome.UNAVAILABLE);
        }
        log.info("e-ID redeemed: {}", identity);
        return new Result(Outcome.IDENTIFIED, Optional.of(new Identification.DocumentSummary(Identification.DocumentKind.ELECTRONIC_ID,
                identity.expired(LocalDate.now(clock)), false, identity.identityLevel())));
    }

    private static void put(KioskSession session, DocumentField field, String value) {
        if (value != null) {
            char[] chars = value.toCharArray();
            session.putDocumentField(field, chars);
            Arrays.fill(chars, '\0');
        }
    }
}

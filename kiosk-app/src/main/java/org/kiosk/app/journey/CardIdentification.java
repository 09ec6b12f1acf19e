package org.kiosk.app.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.idcard.CardListener;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.document.FingerprintTemplate;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification by the ID-card reader: the card's text fields go into the visit's session; the document itself
 * (with its fingerprint templates, for verification) is held only until the session is wiped.
 */
public final class CardIdentification implements Identification {

    private static final Logger log = LoggerFactory.getLogger(CardIdentification.class);

    private final IdCardReader reader;
    private final Clock clock;
    private final Map<String, IdentityDocument> held = new ConcurrentHashMap<>();

    public CardIdentification(IdCardReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public boolean cardReaderReady() {
        DeviceState state = reader.status().state();
        return state == DeviceState.ONLINE || state == DeviceState.BUSY;
    }

    /** The document read in {@code session}, while the session lasts. */
    public Optional<IdentityDocument> document(KioskSession session) {
        return Optional.ofNullable(held.get(session.id()));
    }

    @Override
    public void watchCards(KioskSession session, CardEvents events) {
        AtomicBoolean present = new AtomicBoolean();
        CardListener listener = new CardListener() {
            @Override
            public void cardRead(IdentityDocument document) {
                if (session.isWiped() || !present.compareAndSet(false, true)) {
                    wipeTemplates(document);
                    return;
                }
                deliver(session, document, events);
            }

            @Override
            public void cardUnreadable(DeviceException error) {
                if (!session.isWiped()) {
                    events.cardUnreadable();
                }
            }

            @Override
            public void cardRemoved() {
                present.set(false);
                if (!session.isWiped()) {
                    events.cardRemoved();
                }
            }
        };
        AutoCloseable registration = reader.addCardListener(listener);
        session.onWipe(() -> {
            try {
                registration.close();
            } catch (Exception e) {
                log.warn("card listener not removed: {}", e.toString());
            }
            IdentityDocument document = held.remove(session.id());
            if (document != null) {
                wipeTemplates(document);
            }
        });
        // a card placed before the visit began is not announced by the reader's watch: read it now
        Thread.ofVirtual().name("card-read-" + session.id()).start(() -> {
            try {
                listener.cardRead(reader.readCard(true));
            } catch (DeviceException e) {
                if (e.code() != IdCardError.NO_CARD && e.action() == ErrorAction.USER) {
                    listener.cardUnreadable(e);
                } else if (e.code() != IdCardError.NO_CARD) {
                    log.info("the card on the reader was not read at the start of the visit: {}", e.code());
                }
            }
        });
    }

    private void deliver(KioskSession session, IdentityDocument document, CardEvents events) {
        try {
            put(session, DocumentField.DOCUMENT_TYPE, document.type().name());
            put(session, DocumentField.NAME, document.name() != null ? document.name() : document.englishName());
            put(session, DocumentField.NAME_LATIN, document.englishName());
            put(session, DocumentField.SEX, document.sex().name());
            put(session, DocumentField.BIRTH_DATE, document.birthDate().toString());
            put(session, DocumentField.NATIONALITY, document.nationality());
            put(session, DocumentField.DOCUMENT_NUMBER, document.idNumber());
            put(session, DocumentField.ADDRESS, document.address());
            put(session, DocumentField.ISSUER, document.issuingAuthority());
            put(session, DocumentField.VALID_FROM, document.validFrom().toString());
            put(session, DocumentField.VALID_UNTIL, document.expiry().map(LocalDate::toString).orElse(null));
        } catch (IllegalStateException wiped) {
            // the visit ended while the card was being read
            wipeTemplates(document);
            return;
        }
        IdentityDocument previous = held.put(session.id(), document);
        if (previous != null) {
            wipeTemplates(previous);
        }
        if (session.isWiped()) {
            wipeTemplates(held.remove(session.id()));
            return;
        }
        events.cardRead(new DocumentSummary(kind(document), document.expired(LocalDate.now(clock)), document.hasFingerprints()));
    }

    private static DocumentKind kind(IdentityDocument document) {
        return switch (document.type()) {
            case RESIDENT_ID -> DocumentKind.RESIDENT_ID;
            case HMT_RESIDENCE_PERMIT -> DocumentKind.HMT_RESIDENCE_PERMIT;
            case FOREIGN_PERMANENT_RESIDENCE -> DocumentKind.FOREIGN_PERMANENT_RESIDENCE;
        };
    }

    private static void put(KioskSession session, DocumentField field, String value) {
        if (value != null) {
            char[] chars = value.toCharArray();
            session.putDocumentField(field, chars);
            Arrays.fill(chars, '\0');
        }
    }

    static void wipeTemplates(IdentityDocument document) {
        if (document != null) {
            document.fingerprints().forEach(FingerprintTemplate::wipe);
        }
    }
}

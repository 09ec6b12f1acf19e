package org.kiosk.app.ui.service;

import java.util.Objects;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.model.IdentityLevel;

/**
 * Reading the citizen's identity document. The document's fields go straight into the session; the screens only
 * learn what kind of document it is.
 */
public interface Identification {

    /**
     * What the screens may know of a document that was read: nothing personal.
     *
     * @param proves how far it identifies its holder: {@code DOCUMENT} for a document read here, the platform's level for
     *               an e-ID (which may have verified its holder already)
     */
    record DocumentSummary(DocumentKind kind, boolean expired, boolean fingerprintsOnCard, IdentityLevel proves) {

        public DocumentSummary {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(proves, "proves");
        }

        /** A document read at the kiosk. */
        public DocumentSummary(DocumentKind kind, boolean expired, boolean fingerprintsOnCard) {
            this(kind, expired, fingerprintsOnCard, IdentityLevel.DOCUMENT);
        }
    }

    /** The document that was read; {@code ELECTRONIC_ID}: the identity came from the e-ID code on the citizen's phone. */
    enum DocumentKind { RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT, ELECTRONIC_ID }

    /** Told about the card on the reader; called on a device thread. */
    interface CardEvents {
        void cardRead(DocumentSummary summary);

        /** A card lies on the reader but cannot be read. */
        void cardUnreadable();

        void cardRemoved();
    }

    /** Whether an ID-card reader is connected and working. */
    boolean cardReaderReady();

    /**
     * Watches the reader for the visit of {@code session}: a card already on the reader, or placed later, is read
     * into the session; watching stops when the session is wiped.
     */
    void watchCards(KioskSession session, CardEvents events);

    /** No reader on this kiosk: the citizen is offered the other ways of identifying. */
    Identification NONE = new Identification() {
        @Override
        public boolean cardReaderReady() {
            return false;
        }

        @Override
        public void watchCards(KioskSession session, CardEvents events) {
        }
    };
}

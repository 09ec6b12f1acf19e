package org.kiosk.device.idcard.document;

import java.util.Optional;

/** The four text layouts, told apart by the type marker at text bytes 248-249. */
public enum CardLayout {
    /** Resident ID card: the marker is blank. */
    RESIDENT(' ', DocumentType.RESIDENT_ID),
    /** Residence permit for Hong Kong, Macao and Taiwan residents. */
    HMT_PERMIT('J', DocumentType.HMT_RESIDENCE_PERMIT),
    /** Foreigner permanent residence card, before 2023. */
    FOREIGN_OLD('I', DocumentType.FOREIGN_PERMANENT_RESIDENCE),
    /** Foreigner permanent residence card, 2023 edition. */
    FOREIGN_2023('Y', DocumentType.FOREIGN_PERMANENT_RESIDENCE);

    private final char marker;
    private final DocumentType documentType;

    CardLayout(char marker, DocumentType documentType) {
        this.marker = marker;
        this.documentType = documentType;
    }

    /** The layout for a type marker; a blank marker may be a space or NUL. */
    public static Optional<CardLayout> ofMarker(char marker) {
        if (marker == '\0') {
            return Optional.of(RESIDENT);
        }
        for (CardLayout layout : values()) {
            if (layout.marker == marker) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    public char marker() {
        return marker;
    }

    public DocumentType documentType() {
        return documentType;
    }
}

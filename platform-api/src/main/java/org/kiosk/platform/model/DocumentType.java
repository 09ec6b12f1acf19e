package org.kiosk.platform.model;

/** Identity documents a matter may accept. */
public enum DocumentType {
    RESIDENT_ID, HMT_RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENCE, PASSPORT, HK_MACAO_TRAVEL_PERMIT, ELECTRONIC_ID
}

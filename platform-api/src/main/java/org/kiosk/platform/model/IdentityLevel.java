package org.kiosk.platform.model;

/** How strongly a matter needs the applicant identified. */
public enum IdentityLevel {
    /** an electronic identity (the platform's QR code) suffices */
    ELECTRONIC,
    /** a physical identity document read at the kiosk */
    DOCUMENT,
    /** a document plus verification of its holder: fingerprint with separate consent, or at the counter */
    VERIFIED
}

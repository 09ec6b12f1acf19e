package org.kiosk.device.passport.pa;

/** Which check of passive authentication failed. */
public enum FailedCheck {
    /** The SOD is malformed or carries no document signer certificate. */
    SECURITY_OBJECT,
    /** The document signer's signature over the LDS security object does not verify. */
    SIGNATURE,
    /**
     * The trust store holds CSCA certificates of the issuing state, but none of them issued the document signer
     * certificate, or that certificate is not valid.
     */
    CHAIN,
    /** A data group read from the chip does not match its hash in the SOD, or the SOD has no hash for it. */
    DATA_GROUP_HASH
}

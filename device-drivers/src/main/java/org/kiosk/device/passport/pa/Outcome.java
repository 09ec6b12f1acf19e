package org.kiosk.device.passport.pa;

/** The outcome of passive authentication. Only {@link #VERIFIED} means the data can be trusted as issued. */
public enum Outcome {
    /** The SOD's signature, the document signer's chain to a trusted CSCA and every data-group hash all check out. */
    VERIFIED,
    /**
     * The signature and hashes check out, but the trust store holds no CSCA certificate of the issuing state, so the
     * document signer cannot be trusted: the data is unproven, not forged.
     */
    NOT_VERIFIABLE,
    /** A check failed: the data may have been altered or the document forged. */
    FAILED
}

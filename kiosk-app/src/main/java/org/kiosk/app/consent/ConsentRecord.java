package org.kiosk.app.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's answer on a separate consent screen (PIPL Art. 29): what for, by which method, when, where and in
 * which session, and the answer. It holds no biometric or other personal data.
 */
public record ConsentRecord(Purpose purpose, Method method, Instant decidedAt, String kioskId, String sessionId, Decision decision) {

    /** Why the data would be processed. */
    public enum Purpose {
        /** Checking that the person at the kiosk is the holder of the identity card presented. */
        PERSON_ID_VERIFICATION
    }

    /** How. */
    public enum Method {
        FINGERPRINT
    }

    public enum Decision {
        GRANTED,
        REFUSED
    }

    public ConsentRecord {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(method);
        Objects.requireNonNull(decidedAt);
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(decision);
    }
}

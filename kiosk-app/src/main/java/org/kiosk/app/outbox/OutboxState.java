package org.kiosk.app.outbox;

/** Where an application stands between the kiosk and the platform. */
public enum OutboxState {
    /** Stored, waiting for its (next) attempt. */
    PENDING,
    /** Handed to the platform, answer not yet recorded; after a crash it is sent again with the same key. */
    SENT,
    /** The platform made it a case; the case number is recorded. */
    ACKNOWLEDGED,
    /** The platform refused it for good, with a reason code. */
    REJECTED,
    /** Not acknowledged within the maximum age; reported to operations for handling at the counter. */
    EXPIRED;

    /** Still to be sent. */
    public boolean open() {
        return this == PENDING || this == SENT;
    }
}

package org.kiosk.app.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kiosk.platform.client.SubmissionResult;

/**
 * What the outbox knows of one application, without its payload: safe to log, show to staff and print.
 *
 * @param id              the row's id, bound into the payload's encryption
 * @param localReference  the reference printed on a provisional receipt, unique on this kiosk
 * @param idempotencyKey  the key sent with every attempt, so the platform makes one case of it
 * @param matterCode      the service matter applied for
 * @param attempts        how many times it was handed to the platform
 * @param nextAttemptAt   when the sender may try it next (meaningful while {@link OutboxState#open() open})
 * @param lastError       why the last attempt gave no answer, as a code (never personal data); null if none
 * @param rejectionReason the platform's reason code when {@link OutboxState#REJECTED}
 * @param platformCase    the platform's case when {@link OutboxState#ACKNOWLEDGED}
 * @param acceptedAt      when the kiosk accepted it from the citizen
 * @param updatedAt       the last change of state
 * @param payloadHeld     whether the encrypted payload is still stored (false once the retention has passed)
 */
public record OutboxRecord(long id, String localReference, UUID idempotencyKey, String matterCode, OutboxState state,
                           int attempts, Instant nextAttemptAt, String lastError, String rejectionReason,
                           SubmissionResult.Accepted platformCase, Instant acceptedAt, Instant updatedAt, boolean payloadHeld) {

    public OutboxRecord {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(matterCode, "matterCode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The case number once the platform has acknowledged the application. */
    public Optional<String> caseNumber() {
        return Optional.ofNullable(platformCase).map(SubmissionResult.Accepted::caseNumber);
    }
}

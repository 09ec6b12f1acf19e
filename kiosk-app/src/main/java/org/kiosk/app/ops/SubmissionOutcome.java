package org.kiosk.app.ops;

/** What one attempt to submit an application gave: the {@code result} label of {@code kiosk_submissions_total}. */
public enum SubmissionOutcome {
    /** The platform accepted the application as a case. */
    ACCEPTED,
    /** The platform refused it for good. */
    REJECTED,
    /** No final answer (unreachable, timeout, 5xx): the outbox retries later. */
    UNAVAILABLE
}

package org.kiosk.platform.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The platform's final answer to an application. */
public sealed interface SubmissionResult {

    /**
     * The platform accepted the application as a case.
     *
     * @param trackingCode the signed case-tracking code printed as the receipt's QR code
     */
    record Accepted(String caseNumber, Instant acceptedAt, LocalDate committedCompletion, String trackingCode)
            implements SubmissionResult {
        public Accepted {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(acceptedAt, "acceptedAt");
            Objects.requireNonNull(committedCompletion, "committedCompletion");
            Objects.requireNonNull(trackingCode, "trackingCode");
        }
    }

    /**
     * The platform refused the application for good; retrying cannot change that.
     *
     * @param reasonCode machine-readable reason from the platform (never personal data)
     * @param detail     the platform's explanation, for staff
     */
    record Rejected(String reasonCode, String detail) implements SubmissionResult {
        public Rejected {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(detail, "detail");
        }
    }
}

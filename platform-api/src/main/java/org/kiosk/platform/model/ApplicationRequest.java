package org.kiosk.platform.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An application as the kiosk submits it. Personal data: {@link #toString()} names the matter and the fields' names,
 * never their values.
 *
 * @param fields form values by field name
 */
public record ApplicationRequest(String implementationCode, String centreCode, String language, Instant submittedAt,
                                 Applicant applicant, Map<String, String> fields, IdentityVerification identityVerification) {

    public enum IdentityVerification { NONE, FINGERPRINT, COUNTER }

    public ApplicationRequest {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(applicant, "applicant");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        identityVerification = identityVerification == null ? IdentityVerification.NONE : identityVerification;
    }

    @Override
    public String toString() {
        return "ApplicationRequest[" + implementationCode + " at " + centreCode + ", fields " + fields.keySet().stream().sorted().toList()
                + ", values withheld]";
    }
}

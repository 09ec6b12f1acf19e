package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An RFC 9457 problem with the platform's machine-readable {@code code}.
 *
 * @param clientTime with {@code clock-skew}: the request's {@code Date}
 * @param serverTime with {@code clock-skew}: the platform's clock
 * @param errors     with {@code form-invalid} and {@code validation-failed}: the wrong fields (never their values)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code, Instant clientTime,
                      Instant serverTime, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("https://platform.kiosk.example/problems/" + code, title, status, detail, null, code, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, clientTime, serverTime, List.copyOf(fieldErrors));
    }

    public Problem withTimes(Instant client, Instant server) {
        return new Problem(type, title, status, detail, instance, code, client, server, errors);
    }

    /** @param code one of required, pattern, too-short, too-long, not-an-option, not-a-date, not-a-number, unknown-field */
    public record FieldError(String field, String code) {
    }
}

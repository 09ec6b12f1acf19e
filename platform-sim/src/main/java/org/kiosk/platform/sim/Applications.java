package org.kiosk.platform.sim;

import org.kiosk.platform.model.ApplicationAccepted;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.Problem;
import org.kiosk.platform.model.Problem.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applications become cases exactly once per idempotency key (per kiosk): the key is claimed in the database before
 * processing (a concurrent duplicate finds it in flight), and the case and the stored answer are written in one
 * transaction, so a retry of any request that reached the platform gets the original answer.
 */
final class Applications {

    /** A reply ready to send: status, media type, body. */
    record Reply(int status, String contentType, byte[] body, boolean replayed) {
    }

    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int IN_FLIGHT_RETRY_SECONDS = 1;
    private static final DateTimeFormatter CASE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Store store;
    private final Catalogue catalogue;
    private final CommittedDates committedDates;
    private final CodeIssuer codes;
    private final FaultInjector faults;
    private final JsonMapper json;
    private final Clock clock;

    Applications(Store store, Catalogue catalogue, CommittedDates committedDates, CodeIssuer codes, FaultInjector faults, JsonMapper json, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.committedDates = committedDates;
        this.codes = codes;
        this.faults = faults;
        this.json = json;
        this.clock = clock;
    }

    Reply submit(String kioskId, String idempotencyKey, byte[] body) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ProblemException(400, "idempotency-key-missing", "Idempotency-Key missing",
                    "POST /api/v1/applications needs an Idempotency-Key header of 1 to 128 characters of [A-Za-z0-9._:-]");
        }
        Store.Claim claim = store.claim(kioskId, idempotencyKey, sha256(body), clock.instant());
        switch (claim) {
            case Store.Claim.DifferentBody ignored -> throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used for a different application; use a new key for a new application");
            case Store.Claim.InFlight ignored -> throw new ProblemException(Problem.of(409, "request-in-flight", "Request in flight",
                    "an application with this Idempotency-Key is still being processed; retry later with the same key"), IN_FLIGHT_RETRY_SECONDS);
            case Store.Claim.Done done -> {
                return new Reply(done.status(), done.contentType(), done.response(), true);
            }
            case Store.Claim.Claimed ignored -> {
            }
        }
        try {
            faults.awaitApplicationRelease();
            return process(kioskId, idempotencyKey, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.release(kioskId, idempotencyKey);
            throw new ProblemException(503, "service-unavailable", "Service unavailable", "the platform is shutting down; retry later");
        } catch (RuntimeException e) {
            store.release(kioskId, idempotencyKey);
            throw e;
        }
    }

    /** Decides a claimed application and records the answer (a case, or a final refusal) with its key. */
    private Reply process(String kioskId, String key, byte[] body) {
        ApplicationRequest application;
        try {
            application = json.readValue(body, ApplicationRequest.class);
        } catch (JacksonException e) {
            // the position only: Jackson's own message may quote the body, which holds personal data
            return refuse(kioskId, key, Problem.of(400, "malformed-request", "Malformed application",
                    "the body is not an ApplicationRequest (at " + e.getPathReference() + ")"));
        }
        if (application == null) {
            return refuse(kioskId, key, Problem.of(400, "malformed-request", "Malformed application", "the body is empty"));
        }
        Matter matter = catalogue.matter(application.implementationCode()).orElse(null);
        if (matter == null) {
            return refuse(kioskId, key, Problem.of(422, "unknown-matter", "Unknown matter", "no matter has this implementation code"));
        }
        Centre centre = catalogue.centre(application.centreCode()).orElse(null);
        if (centre == null) {
            return refuse(kioskId, key, Problem.of(422, "unknown-centre", "Unknown centre", "no service centre has this code"));
        }
        if (!matter.acceptedDocuments().contains(application.applicant().documentType())) {
            return refuse(kioskId, key, Problem.of(422, "document-not-accepted", "Document not accepted",
                    "this matter does not accept " + application.applicant().documentType() + "; it accepts " + matter.acceptedDocuments()));
        }
        List<FieldError> errors = FormValidation.errors(matter, application.fields());
        if (!errors.isEmpty()) {
            return refuse(kioskId, key, Problem.of(422, "form-invalid", "Form invalid", errors.size() + " field(s) are wrong").withErrors(errors));
        }
        Instant acceptedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate localDay = LocalDate.ofInstant(acceptedAt, CommittedDates.CENTRE_ZONE);
        String caseNumber = "GD" + CASE_DAY.format(localDay) + String.format("%08d", store.next("case"));
        LocalDate committed = committedDates.committedCompletion(acceptedAt, centre, matter);
        ApplicationAccepted accepted = new ApplicationAccepted(caseNumber, matter.implementationCode(), acceptedAt, committed,
                codes.trackingCode(caseNumber, matter.implementationCode(), acceptedAt));
        byte[] reply = json.writeValueAsBytes(accepted);
        store.complete(kioskId, key, 201, "application/json", reply,
                new CaseStatus(caseNumber, matter.implementationCode(), CaseStatus.Status.ACCEPTED, acceptedAt, committed, acceptedAt),
                centre.code());
        return new Reply(201, "application/json", reply, false);
    }

    private Reply refuse(String kioskId, String key, Problem problem) {
        byte[] reply = json.writeValueAsBytes(problem);
        store.complete(kioskId, key, problem.status(), Problem.MEDIA_TYPE, reply, null, null);
        return new Reply(problem.status(), Problem.MEDIA_TYPE, reply, false);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

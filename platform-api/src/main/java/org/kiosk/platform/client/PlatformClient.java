package org.kiosk.platform.client;

import org.kiosk.platform.code.KeySource;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.AuthorisedIdentity;
import org.kiosk.platform.model.ApplicationAccepted;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.CalendarData;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.CentreList;
import org.kiosk.platform.model.EnrolmentRequest;
import org.kiosk.platform.model.EnrolmentResponse;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.model.Problem;
import org.kiosk.platform.model.RatingAck;
import org.kiosk.platform.model.Region;
import org.kiosk.platform.model.ServiceRating;
import org.kiosk.platform.model.Slot;
import org.kiosk.platform.model.SlotList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The kiosk's client of the platform API ({@code org/kiosk/platform/openapi.yaml}), on {@link HttpClient}: mutual TLS
 * with the kiosk's enrolment certificate, or plain HTTP to a simulator's developer listener. Every request carries the
 * kiosk's clock in {@code Date}. Thread-safe.
 *
 * <p>{@link #submit} never throws on a final refusal: it returns {@link SubmissionResult.Rejected}. The other calls
 * throw {@link PlatformRefusedException} for a final refusal and {@link PlatformUnavailableException} when no answer
 * came (timeout, connection error, 409, 429, 5xx), with the platform's {@code Retry-After} where it gave one.
 */
public final class PlatformClient implements ApplicationSubmitter, KeySource {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String JSON_OR_PROBLEM = "application/json, application/problem+json";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /**
     * Refusals of an application that are about the kiosk, not the application: a wrong clock, a certificate or
     * enrolment problem. The kiosk fixes itself and sends the same application again, so they are not final.
     */
    private static final Set<String> KIOSK_SIDE_CODES = Set.of("clock-skew", "date-header-missing", "client-certificate-required",
            "kiosk-unknown");

    private final URI base;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    private final ReplyListener listener;
    private final CompletableFuture<?> platformStarted;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PlatformClient(Builder b) {
        this.base = b.base;
        this.requestTimeout = b.requestTimeout;
        this.clock = b.clock;
        this.listener = b.listener;
        this.platformStarted = b.platformStarted;
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(b.connectTimeout);
        if (b.sslContext != null) {
            http.sslContext(b.sslContext);
        }
        this.http = http.build();
    }

    /** @param baseUri the platform's root, e.g. {@code https://platform.example:8443} (the {@code /api/v1} paths are added) */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    public URI baseUri() {
        return base;
    }

    // ---- applications

    /**
     * Submits an application. 2xx gives {@link SubmissionResult.Accepted}; a final refusal (4xx other than 408, 409 and 429, and
     * other than the kiosk-side {@code clock-skew}, {@code date-header-missing}, {@code client-certificate-required},
     * {@code kiosk-unknown}) gives {@link SubmissionResult.Rejected} with the problem's code.
     *
     * @throws IllegalArgumentException when the key is not 1 to 128 characters of {@code [A-Za-z0-9._:-]}
     */
    @Override
    public SubmissionResult submit(String idempotencyKey, byte[] application) throws PlatformUnavailableException {
        Objects.requireNonNull(application, "application");
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("the idempotency key must be 1 to 128 characters of [A-Za-z0-9._:-]");
        }
        HttpRequest request = request("/api/v1/applications")
                .header("Accept", JSON_OR_PROBLEM)
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(application))
                .build();
        HttpResponse<byte[]> response = exchange(request);
        int status = response.statusCode();
        if (status / 100 == 2) {
            ApplicationAccepted accepted = read(response, ApplicationAccepted.class);
            try {
                return new SubmissionResult.Accepted(accepted.caseNumber(), accepted.acceptedAt(), accepted.committedCompletion(),
                        accepted.trackingCode());
            } catch (NullPointerException e) {
                throw new PlatformUnavailableException("the platform's acceptance lacks " + e.getMessage(), null, e);
            }
        }
        Problem problem = problem(response);
        if (isRetryable(status) || KIOSK_SIDE_CODES.contains(problem.code())) {
            throw unavailable(response, problem);
        }
        return new SubmissionResult.Rejected(problem.code(), problem.detail() != null ? problem.detail() : problem.title());
    }

    public SubmissionResult submit(String idempotencyKey, ApplicationRequest application) throws PlatformUnavailableException {
        return submit(idempotencyKey, json.writeValueAsBytes(application));
    }

    public CaseStatus caseStatus(String caseNumber) throws PlatformException {
        return get("/api/v1/applications/" + segment(caseNumber), CaseStatus.class);
    }

    /** Sends the citizen's rating of the service for case {@code caseNumber}. */
    public RatingAck rate(String caseNumber, ServiceRating rating) throws PlatformException {
        return post("/api/v1/applications/" + segment(caseNumber) + "/rating", rating, RatingAck.class);
    }

    // ---- catalogue

    public List<Matter> matters() throws PlatformException {
        return get("/api/v1/matters", MatterList.class).matters();
    }

    public Matter matter(String implementationCode) throws PlatformException {
        return get("/api/v1/matters/" + segment(implementationCode), Matter.class);
    }

    public List<Centre> centres() throws PlatformException {
        return get("/api/v1/centres", CentreList.class).centres();
    }

    // ---- appointments

    /** @param days 1 to 14 */
    public List<Slot> slots(String centreCode, String implementationCode, LocalDate from, int days) throws PlatformException {
        return get("/api/v1/appointments/slots?centre=" + query(centreCode) + "&matter=" + query(implementationCode)
                + "&from=" + from + "&days=" + days, SlotList.class).slots();
    }

    public Appointment book(BookingRequest booking) throws PlatformException {
        return post("/api/v1/appointments", booking, Appointment.class);
    }

    public Appointment appointment(String code) throws PlatformException {
        return get("/api/v1/appointments/" + segment(code), Appointment.class);
    }

    public Appointment cancel(String code) throws PlatformException {
        return post("/api/v1/appointments/" + segment(code) + "/cancel", null, Appointment.class);
    }

    public Appointment checkIn(String code) throws PlatformException {
        return post("/api/v1/appointments/" + segment(code) + "/check-in", null, Appointment.class);
    }

    // ---- electronic ID

    /**
     * Redeems the authorisation a citizen's phone app showed as a signed code (its {@code authorisationRef}): the
     * platform answers with the holder's identity once. Refused finally ({@link PlatformRefusedException}) with
     * {@code authorisation-unknown} (404), {@code authorisation-redeemed} (409: unlike elsewhere, asking again cannot
     * help) or {@code authorisation-expired} (410).
     */
    public AuthorisedIdentity redeemAuthorisation(String authorisationRef) throws PlatformException {
        HttpRequest request = request("/api/v1/authorisations/" + segment(authorisationRef) + "/redemption")
                .header("Accept", JSON_OR_PROBLEM)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() == 409) {
            throw new PlatformRefusedException(problem(response));
        }
        return answer(response, AuthorisedIdentity.class);
    }

    // ---- kiosks and reference data

    /** Enrols with a provisioning key; works on a client without a kiosk certificate ({@link Builder#trustOnly}). */
    public EnrolmentResponse enrol(String provisioningKey, EnrolmentRequest enrolment) throws PlatformException {
        HttpRequest request = request("/api/v1/enrolment")
                .header("Accept", JSON_OR_PROBLEM)
                .header("Authorization", "Provisioning " + Objects.requireNonNull(provisioningKey, "provisioningKey"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(enrolment)))
                .build();
        return answer(exchange(request), EnrolmentResponse.class);
    }

    public HeartbeatAck heartbeat(Heartbeat heartbeat) throws PlatformException {
        return post("/api/v1/heartbeats", heartbeat, HeartbeatAck.class);
    }

    /**
     * The JWK Set (RFC 7517, JSON text, exactly as published) of the keys that verify the platform's signed QR codes;
     * parse it with {@link org.kiosk.platform.code.JwkSet#parse}.
     */
    public String signingKeys() throws PlatformException {
        return text("/api/v1/signing-keys", "application/jwk-set+json, application/json");
    }

    /** {@link KeySource} for a {@link org.kiosk.platform.code.KeyRing}: {@link #signingKeys()}, failures as IOException. */
    @Override
    public String fetch() throws IOException {
        try {
            return signingKeys();
        } catch (PlatformException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The days of a region's year that differ from Monday to Friday, and whether they come from a published calendar. */
    public CalendarData calendar(Region region, int year) throws PlatformException {
        return get("/api/v1/calendars/" + region + "/" + year, CalendarData.class);
    }

    /**
     * The published calendar file of a region's year as the platform serves it, for the calendar module's
     * {@code CalendarFile.parseDelivered}; a year without published data is refused with {@code calendar-not-published}.
     */
    public byte[] calendarFile(Region region, int year) throws PlatformException {
        return text("/api/v1/calendars/" + region + "/" + year, "text/plain").getBytes(StandardCharsets.UTF_8);
    }

    // ---- plumbing

    private String text(String path, String accept) throws PlatformException {
        HttpResponse<byte[]> response = exchange(request(path).header("Accept", accept + ", application/problem+json").GET().build());
        if (response.statusCode() / 100 != 2) {
            throw failure(response);
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private <T> T get(String path, Class<T> type) throws PlatformException {
        return answer(exchange(request(path).header("Accept", JSON_OR_PROBLEM).GET().build()), type);
    }

    private <T> T post(String path, Object body, Class<T> type) throws PlatformException {
        HttpRequest.Builder request = request(path).header("Accept", JSON_OR_PROBLEM);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        return answer(exchange(request.build()), type);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(requestTimeout)
                .header("Date", httpDate(clock.instant()));
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws PlatformUnavailableException {
        awaitPlatformStarted();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new PlatformUnavailableException("no answer from the platform within " + requestTimeout + " (" + request.method() + " "
                    + request.uri().getPath() + ")", null, e);
        } catch (IOException e) {
            throw new PlatformUnavailableException("cannot reach the platform at " + base + ": " + describe(e), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException("interrupted while waiting for the platform", null, e);
        }
        if (listener != null) {
            listener.onReply(request.method(), request.uri(), response.statusCode(), response.headers(), response.body());
        }
        return response;
    }

    private void awaitPlatformStarted() throws PlatformUnavailableException {
        if (platformStarted == null || platformStarted.isDone() && !platformStarted.isCompletedExceptionally()) {
            return;
        }
        try {
            platformStarted.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new PlatformUnavailableException("the platform at " + base + " has not started within " + requestTimeout, null, e);
        } catch (ExecutionException e) {
            throw new PlatformUnavailableException("the platform at " + base + " did not start: " + e.getCause().getMessage(), null,
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException("interrupted while waiting for the platform to start", null, e);
        }
    }

    private <T> T answer(HttpResponse<byte[]> response, Class<T> type) throws PlatformException {
        if (response.statusCode() / 100 == 2) {
            return read(response, type);
        }
        throw failure(response);
    }

    private PlatformException failure(HttpResponse<byte[]> response) {
        Problem problem = problem(response);
        return isRetryable(response.statusCode()) ? unavailable(response, problem) : new PlatformRefusedException(problem);
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) throws PlatformUnavailableException {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw new PlatformUnavailableException("the platform's reply has an empty body where a " + type.getSimpleName() + " belongs");
            }
            return value;
        } catch (JacksonException e) {
            throw new PlatformUnavailableException("the platform's reply is not a readable " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), null, e);
        }
    }

    /** The reply's problem, or one made from its status when the body is not a problem document. */
    private Problem problem(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (contentType.isPresent() && contentType.get().startsWith("application/problem+json")) {
            try {
                Problem problem = json.readValue(response.body(), Problem.class);
                if (problem != null && problem.code() != null) {
                    return problem;
                }
            } catch (JacksonException e) {
                // an unreadable problem is described by its status below
            }
        }
        return Problem.of(status, "http-" + status, "HTTP " + status, "the platform answered HTTP " + status + " without a problem document");
    }

    private static boolean isRetryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private PlatformUnavailableException unavailable(HttpResponse<byte[]> response, Problem problem) {
        Duration retryAfter = response.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, clock.instant())).orElse(null);
        return new PlatformUnavailableException("the platform gave no final answer (" + problem.status() + " " + problem.code() + ")"
                + (problem.detail() == null ? "" : ": " + problem.detail()), retryAfter, null);
    }

    /** An IMF-fixdate (RFC 9110 §5.6.7), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}: two-digit day, always GMT. */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /**
     * Parses {@code Retry-After}: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); a date in the past gives zero.
     * Anything else is ignored rather than trusted.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        if (v.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    private static String segment(String value) {
        Objects.requireNonNull(value, "path segment");
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value, "query value"), StandardCharsets.UTF_8);
    }

    /** Builds a {@link PlatformClient}; choose one of {@link #mutualTls}, {@link #trustOnly}, {@link #sslContext} or {@link #plainHttp}. */
    public static final class Builder {
        private final URI base;
        private SSLContext sslContext;
        private boolean plainHttp;
        private Duration requestTimeout = Duration.ofSeconds(15);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();
        private ReplyListener listener;
        private CompletableFuture<?> platformStarted;

        private Builder(URI base) {
            Objects.requireNonNull(base, "base URI");
            String scheme = base.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("the platform's URI must be https:// (or http:// for a simulator's developer listener)");
            }
            this.base = base;
        }

        /** Mutual TLS with the kiosk's PKCS#12 key store (from enrolment) and the platform's PKCS#12 trust store. */
        public Builder mutualTls(Path kioskKeyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword) throws IOException {
            return sslContext(TlsContexts.mutual(kioskKeyStore, keyStorePassword, trustStore, trustStorePassword));
        }

        /** TLS that authenticates the platform only: enough for enrolment, refused by every other operation. */
        public Builder trustOnly(Path trustStore, char[] trustStorePassword) throws IOException {
            return sslContext(TlsContexts.trustOnly(trustStore, trustStorePassword));
        }

        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Plain HTTP, for a simulator's developer listener on loopback ({@code --dev}); needs an http:// URI. */
        public Builder plainHttp() {
            this.plainHttp = true;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The kiosk's clock, sent in every request's {@code Date}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder replyListener(ReplyListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * For a platform started beside the kiosk, in its process (the simulated stack): each request first waits, at
         * most the request timeout, until {@code started} completes, and fails as unavailable if it completed with a
         * failure. The kiosk's services then start without waiting for the platform.
         */
        public Builder platformStarting(CompletionStage<?> started) {
            this.platformStarted = Objects.requireNonNull(started, "started").toCompletableFuture();
            return this;
        }

        public PlatformClient build() {
            boolean https = "https".equals(base.getScheme());
            if (https && sslContext == null) {
                throw new IllegalStateException("an https:// platform needs mutualTls(...), trustOnly(...) or sslContext(...)");
            }
            if (!https && !plainHttp) {
                throw new IllegalStateException("an http:// platform URI needs plainHttp(): only a simulator's developer listener speaks it");
            }
            return new PlatformClient(this);
        }
    }
}

package org.kiosk.platform.sim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kiosk.platform.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Everything a request meets before its handler: admin operations only from loopback; on {@code /api/v1}, the
 * injected faults, the kiosk's identity (its verified certificate on the TLS listener, which must be the one the
 * kiosk was last issued; enrolment excepted) and its clock.
 */
final class RequestGuard extends OncePerRequestFilter {

    /** The request attribute holding the calling kiosk's id. */
    static final String KIOSK_ID = RequestGuard.class.getName() + ".kioskId";
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The kiosk a developer-listener request speaks for unless its {@code Kiosk-Id} header names another. */
    static final String DEV_KIOSK = "dev-kiosk";
    private static final String ENROLMENT = "/api/v1/enrolment";

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

    private final FaultInjector faults;
    private final Store store;
    private final JsonMapper json;
    private final Clock clock;

    RequestGuard(FaultInjector faults, Store store, JsonMapper json, Clock clock) {
        this.faults = faults;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/admin/") || path.equals("/admin")) {
            if (!isLoopback(request.getRemoteAddr())) {
                write(response, Problem.of(403, "admin-loopback-only", "Forbidden", "the simulator's admin operations answer loopback clients only"));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        FaultInjector.Decision fault = faults.decide();
        if (!fault.latency().isZero()) {
            try {
                Thread.sleep(fault.latency());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                write(response, Problem.of(503, "service-unavailable", "Service unavailable", "the platform is shutting down"));
                return;
            }
        }
        switch (fault.fate()) {
            case ERROR -> {
                write(response, Problem.of(500, "injected-error", "Internal error", "an injected fault: the request was not processed"));
                return;
            }
            case UNAVAILABLE -> {
                response.setHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
                write(response, Problem.of(503, "service-unavailable", "Service unavailable", "an injected fault: the request was not processed"));
                return;
            }
            case NORMAL, DROP -> {
            }
        }
        Problem refusal;
        try {
            refusal = identify(request);
        } catch (Store.StoreException e) {
            log.error("cannot check the kiosk's certificate", e);
            refusal = Problem.of(500, "internal-error", "Internal error", "the platform's storage failed; try again");
        }
        if (refusal == null) {
            refusal = checkClock(request);
        }
        if (refusal != null) {
            write(response, refusal);
            return;
        }
        if (fault.fate() == FaultInjector.Fate.DROP) {
            dropAfterProcessing(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Sets the calling kiosk's id, or says why the request may not proceed. */
    private Problem identify(HttpServletRequest request) {
        if (!request.isSecure()) {
            String named = request.getHeader("Kiosk-Id");
            request.setAttribute(KIOSK_ID, named == null || named.isBlank() ? DEV_KIOSK : named);
            return null;
        }
        if (request.getRequestURI().equals(ENROLMENT)) {
            return null;
        }
        X509Certificate[] chain = (X509Certificate[]) request.getAttribute("jakarta.servlet.request.X509Certificate");
        if (chain == null || chain.length == 0) {
            return Problem.of(401, "client-certificate-required", "Client certificate required",
                    "this operation needs the kiosk's certificate from enrolment (mutual TLS)");
        }
        X509Certificate certificate = chain[0];
        String kioskId = commonName(certificate.getSubjectX500Principal());
        String serial = certificate.getSerialNumber().toString(16);
        if (kioskId == null || !store.certificateSerial(kioskId).map(serial::equals).orElse(false)) {
            return Problem.of(401, "kiosk-unknown", "Kiosk not enrolled",
                    "the certificate is not the one last issued to an enrolled kiosk: enrol the kiosk again");
        }
        request.setAttribute(KIOSK_ID, kioskId);
        return null;
    }

    /** Refuses a request whose {@code Date} is more than {@link #MAX_CLOCK_SKEW} off; the developer listener also takes none. */
    private Problem checkClock(HttpServletRequest request) {
        String date = request.getHeader("Date");
        if (date == null) {
            return request.isSecure()
                    ? Problem.of(400, "date-header-missing", "Date header missing", "every request must carry the kiosk's clock in its Date header")
                    : null;
        }
        Instant client;
        try {
            client = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Problem.of(400, "date-header-missing", "Date header unreadable", "the Date header is not an HTTP-date (IMF-fixdate)");
        }
        Instant server = clock.instant();
        Duration skew = Duration.between(server, client).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            return Problem.of(400, "clock-skew", "Clock skew",
                            "the kiosk's clock says " + client + " but the platform's says " + server + " (" + skew.toSeconds()
                                    + " s apart, at most " + MAX_CLOCK_SKEW.toSeconds() + " s allowed): set the kiosk's clock")
                    .withTimes(client, server);
        }
        return null;
    }

    /** Processes the request, then sends part of its reply and closes the connection: the reply is lost on the way. */
    private void dropAfterProcessing(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, cached);
        byte[] body = cached.getContentAsByteArray();
        response.setContentLength(body.length + 64);
        response.getOutputStream().write(body, 0, body.length / 2);
        response.flushBuffer();
        throw new DroppedConnection();
    }

    private void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The servlet container gives the client's address as an IP literal, so this looks nothing up. */
    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String commonName(X500Principal principal) {
        return Arrays.stream(principal.getName(X500Principal.RFC2253).split("(?<!\\\\),"))
                .filter(rdn -> rdn.startsWith("CN="))
                .map(rdn -> rdn.substring(3).replace("\\,", ",").replace("\\\\", "\\"))
                .findFirst().orElse(null);
    }

    /** Thrown after a partial reply so that the server closes the connection instead of finishing it. */
    static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("injected fault: connection dropped after processing", null);
        }
    }
}

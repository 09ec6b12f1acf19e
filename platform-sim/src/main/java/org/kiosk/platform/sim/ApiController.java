package org.kiosk.platform.sim;

import jakarta.servlet.http.HttpServletRequest;
import org.kiosk.platform.client.KioskCredentials;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.AuthorisedIdentity;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.CalendarData;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.CentreList;
import org.kiosk.platform.model.EnrolmentRequest;
import org.kiosk.platform.model.EnrolmentResponse;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.model.RatingAck;
import org.kiosk.platform.model.Region;
import org.kiosk.platform.model.ServiceRating;
import org.kiosk.platform.model.SlotList;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The platform's {@code /api/v1} operations; see {@code org/kiosk/platform/openapi.yaml}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int HEARTBEAT_SECONDS = 60;

    private final Catalogue catalogue;
    private final Applications applications;
    private final Appointments appointments;
    private final Authorisations authorisations;
    private final Store store;
    private final TestCertificateAuthority ca;
    private final SimulatorSettings settings;
    private final CodeIssuer codes;
    private final WorkingDays workingDays;
    private final JsonMapper json;
    private final Clock clock;
    /** The latest rating of each case; kept in memory, like the simulator's counters. */
    private final Map<String, ServiceRating.Level> ratings = new ConcurrentHashMap<>();

    ApiController(Catalogue catalogue, Applications applications, Appointments appointments, Authorisations authorisations, Store store,
                  TestCertificateAuthority ca, SimulatorSettings settings, CodeIssuer codes, WorkingDays workingDays, JsonMapper json,
                  Clock clock) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.appointments = appointments;
        this.authorisations = authorisations;
        this.store = store;
        this.ca = ca;
        this.settings = settings;
        this.codes = codes;
        this.workingDays = workingDays;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/matters")
    MatterList matters() {
        return new MatterList(catalogue.matters());
    }

    @GetMapping("/matters/{implementationCode}")
    Matter matter(@PathVariable String implementationCode) {
        return catalogue.matter(implementationCode).orElseThrow(() -> ProblemException.notFound("matter " + implementationCode));
    }

    @GetMapping("/centres")
    CentreList centres() {
        return new CentreList(catalogue.centres());
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> submit(@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody byte[] body,
                                  HttpServletRequest request) {
        Applications.Reply reply = applications.submit(kioskId(request), key, body);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(reply.status()).contentType(MediaType.parseMediaType(reply.contentType()));
        if (reply.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(reply.body());
    }

    @GetMapping("/applications/{caseNumber}")
    CaseStatus caseStatus(@PathVariable String caseNumber) {
        return store.findCase(caseNumber).orElseThrow(() -> ProblemException.notFound("case " + caseNumber));
    }

    @PostMapping(path = "/applications/{caseNumber}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    RatingAck rate(@PathVariable String caseNumber, @RequestBody ServiceRating rating) {
        if (rating.level() == null) {
            throw ProblemException.invalid("a rating needs a level");
        }
        store.findCase(caseNumber).orElseThrow(() -> ProblemException.notFound("case " + caseNumber));
        ratings.put(caseNumber, rating.level());
        return new RatingAck(caseNumber, rating.level(), clock.instant());
    }

    @GetMapping("/appointments/slots")
    SlotList slots(@RequestParam String centre, @RequestParam String matter, @RequestParam LocalDate from,
                   @RequestParam(defaultValue = "7") int days) {
        return new SlotList(appointments.slots(centre, matter, from, days));
    }

    @PostMapping(path = "/appointments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Appointment book(@RequestBody BookingRequest booking) {
        return appointments.book(booking);
    }

    @GetMapping("/appointments/{code}")
    Appointment appointment(@PathVariable String code) {
        return appointments.find(code);
    }

    @PostMapping("/appointments/{code}/cancel")
    Appointment cancel(@PathVariable String code) {
        return appointments.cancel(code);
    }

    @PostMapping("/appointments/{code}/check-in")
    Appointment checkIn(@PathVariable String code) {
        return appointments.checkIn(code);
    }

    @PostMapping("/authorisations/{authorisationRef}/redemption")
    AuthorisedIdentity redeemAuthorisation(@PathVariable String authorisationRef) {
        return authorisations.redeem(authorisationRef);
    }

    @PostMapping(path = "/enrolment", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EnrolmentResponse> enrol(@RequestHeader(name = "Authorization", required = false) String authorization,
                                            @RequestBody EnrolmentRequest enrolment) throws IOException {
        String presented = authorization != null && authorization.startsWith("Provisioning ") ? authorization.substring(13).trim() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), settings.provisioningKey().getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(401, "provisioning-key-invalid", "Provisioning key invalid",
                    "enrolment needs the header 'Authorization: Provisioning <key>' with a valid provisioning key");
        }
        if (enrolment.kioskId() == null || !KIOSK_ID.matcher(enrolment.kioskId()).matches()) {
            throw ProblemException.invalid("kioskId must be 1 to 64 characters of [A-Za-z0-9._-], starting with a letter or digit");
        }
        if (enrolment.certificateRequest() == null) {
            throw new ProblemException(400, "csr-invalid", "Certificate request invalid", "certificateRequest is required");
        }
        X509Certificate issued;
        try {
            issued = ca.issueKiosk(enrolment.kioskId(), enrolment.certificateRequest());
        } catch (TestCertificateAuthority.InvalidRequestException e) {
            throw new ProblemException(400, "csr-invalid", "Certificate request invalid", e.getMessage());
        }
        store.enrol(enrolment.kioskId(), issued.getSerialNumber().toString(16), clock.instant(), issued.getNotAfter().toInstant());
        String certificate;
        try {
            certificate = KioskCredentials.pem("CERTIFICATE", issued.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the issued certificate", e);
        }
        return ResponseEntity.created(URI.create("/api/v1/kiosks/" + enrolment.kioskId()))
                .body(new EnrolmentResponse(enrolment.kioskId(), certificate, ca.caPem(), issued.getNotAfter().toInstant()));
    }

    @PostMapping(path = "/heartbeats", consumes = MediaType.APPLICATION_JSON_VALUE)
    HeartbeatAck heartbeat(@RequestBody Heartbeat heartbeat, HttpServletRequest request) {
        if (heartbeat.sentAt() == null || heartbeat.softwareVersion() == null || heartbeat.outboxPending() < 0) {
            throw ProblemException.invalid("a heartbeat needs sentAt, softwareVersion and a non-negative outboxPending");
        }
        if (heartbeat.devices().stream().anyMatch(d -> d == null || d.kind() == null || d.state() == null)) {
            throw ProblemException.invalid("every device in a heartbeat needs a kind and a state");
        }
        if (heartbeat.calendarDaysRemaining().values().stream().anyMatch(days -> days < 0)) {
            throw ProblemException.invalid("calendarDaysRemaining counts days: none may be negative");
        }
        String kioskId = kioskId(request);
        Instant now = clock.instant();
        store.heartbeat(kioskId, now, json.writeValueAsString(heartbeat));
        return new HeartbeatAck(kioskId, now, HEARTBEAT_SECONDS);
    }

    @GetMapping(path = "/signing-keys", produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    String signingKeys() {
        return codes.publicKeys();
    }

    /** The published calendar file as it is, for the kiosk's own strict parser; 404 for a year without published data. */
    @GetMapping(path = "/calendars/{region}/{year}", produces = "text/plain")
    ResponseEntity<String> calendarFile(@PathVariable Region region, @PathVariable int year) {
        checkYear(year);
        String text = workingDays.publishedText(region, year).orElseThrow(() -> new ProblemException(404, "calendar-not-published",
                "Calendar not published", "no published calendar of " + region + " for " + year + ": the weekday rule stands in"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(text);
    }

    @GetMapping("/calendars/{region}/{year}")
    CalendarData calendar(@PathVariable Region region, @PathVariable int year) {
        checkYear(year);
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workingWeekendDays = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            boolean working = workingDays.isWorkingDay(region, day);
            if (!weekend && !working) {
                holidays.add(day);
            } else if (weekend && working) {
                workingWeekendDays.add(day);
            }
        }
        return new CalendarData(region, year, workingDays.source(region, year), workingDays.isProvisional(region, year), holidays,
                workingWeekendDays);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year must be 2000 to 2100");
        }
    }

    private static String kioskId(HttpServletRequest request) {
        return (String) request.getAttribute(RequestGuard.KIOSK_ID);
    }
}

package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.calendar.CalendarFile;
import org.kiosk.platform.client.KioskCredentials;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.TlsContexts;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.KeyLookup;
import org.kiosk.platform.code.KeyRing;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.CalendarData;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.EnrolmentRequest;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.platform.model.KioskStatus;
import org.kiosk.platform.model.LocalizedText;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.model.RatingAck;
import org.kiosk.platform.model.Region;
import org.kiosk.platform.model.ServiceRating;
import org.kiosk.platform.model.Slot;

import tools.jackson.databind.json.JsonMapper;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The client against the simulator over HTTPS with mutual TLS; every reply checked against the OpenAPI document. */
class ContractTest extends SimulatorTest {

    /** Runs before the simulator stops. */
    @AfterAll
    static void everyOperationWasExercised() {
        assertThat(fixture.contract.covered()).containsAll(fixture.contract.operations("/api/v1/"));
    }

    @Test
    void catalogueHasTheSeededMattersInThreeLanguages() throws Exception {
        List<Matter> matters = kiosk.matters();
        assertThat(matters).hasSizeGreaterThanOrEqualTo(10);
        assertThat(matters).extracting(m -> m.name().zhHK()).doesNotContainNull();
        Matter one = kiosk.matter(SimulatorFixture.SOCIAL_INSURANCE);
        assertThat(one.form().fields()).extracting(f -> f.name()).contains("applicantName", "documentNumber", "purpose");
        assertThat(kiosk.centres()).extracting(c -> c.code()).contains(SimulatorFixture.CENTRE);
        assertThatThrownBy(() -> kiosk.matter("nope")).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("not-found"));
    }

    @Test
    void anApplicationBecomesACaseWhoseStatusCanBeLookedUp() throws Exception {
        SubmissionResult result = kiosk.submit("contract-1", SimulatorFixture.socialInsuranceCertificate());
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) result;
        assertThat(accepted.caseNumber()).startsWith("GD");
        assertThat(accepted.committedCompletion()).isAfterOrEqualTo(LocalDate.now().minusDays(1));
        assertThat(accepted.trackingCode()).isNotBlank();

        CaseStatus status = kiosk.caseStatus(accepted.caseNumber());
        assertThat(status.status()).isEqualTo(CaseStatus.Status.ACCEPTED);
        assertThat(status.committedCompletion()).isEqualTo(accepted.committedCompletion());
        assertThat(status.acceptedAt()).isEqualTo(accepted.acceptedAt());
        assertThatThrownBy(() -> kiosk.caseStatus("GD0000")).isInstanceOf(PlatformRefusedException.class);
    }

    @Test
    void aCaseIsRatedWithItsCaseNumberAndAnUnknownCaseIsRefused() throws Exception {
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) kiosk.submit("contract-rating",
                SimulatorFixture.socialInsuranceCertificate());
        RatingAck ack = kiosk.rate(accepted.caseNumber(), new ServiceRating(ServiceRating.Level.VERY_SATISFIED));
        assertThat(ack.caseNumber()).isEqualTo(accepted.caseNumber());
        assertThat(ack.level()).isEqualTo(ServiceRating.Level.VERY_SATISFIED);
        assertThatThrownBy(() -> kiosk.rate("GD0000", new ServiceRating(ServiceRating.Level.NEUTRAL)))
                .isInstanceOf(PlatformRefusedException.class);
    }

    @Test
    void aWrongFormIsRejectedNamingTheFieldsNotTheirValues() throws Exception {
        var application = SimulatorFixture.socialInsuranceCertificate();
        Map<String, String> fields = new HashMap<>(application.fields());
        fields.put("purpose", "sightseeing");
        fields.remove("periodTo");
        var wrong = new ApplicationRequest(application.implementationCode(), application.centreCode(),
                application.language(), application.submittedAt(), application.applicant(), fields, application.identityVerification());
        SubmissionResult result = kiosk.submit("contract-wrong-form", wrong);
        assertThat(result).isInstanceOfSatisfying(SubmissionResult.Rejected.class, r -> {
            assertThat(r.reasonCode()).isEqualTo("form-invalid");
            assertThat(r.detail()).doesNotContain("sightseeing");
        });
        assertThat(kiosk.submit("contract-malformed", "{not json".getBytes()))
                .isInstanceOfSatisfying(SubmissionResult.Rejected.class, r -> assertThat(r.reasonCode()).isEqualTo("malformed-request"));
    }

    @Test
    void appointmentsAreBookedLookedUpCheckedInAndCancelled() throws Exception {
        List<Slot> slots = kiosk.slots(SimulatorFixture.CENTRE, SimulatorFixture.SOCIAL_INSURANCE, LocalDate.now().plusDays(1), 7);
        assertThat(slots).hasSizeGreaterThan(3);
        Slot slot = slots.getFirst();
        Appointment booked = kiosk.book(new BookingRequest(slot.slotId(), "13800138000"));
        assertThat(booked.status()).isEqualTo(Appointment.Status.BOOKED);
        assertThat(booked.checkInCode()).isNotBlank();
        assertThat(kiosk.appointment(booked.code())).isEqualTo(booked);
        assertThat(kiosk.slots(SimulatorFixture.CENTRE, SimulatorFixture.SOCIAL_INSURANCE, slot.start().toLocalDate(), 1))
                .filteredOn(s -> s.slotId().equals(slot.slotId())).extracting(Slot::remaining).containsExactly(slot.remaining() - 1);
        Appointment later = kiosk.book(new BookingRequest(slots.get(3).slotId(), null));
        Appointment other = kiosk.book(new BookingRequest(slot.slotId(), null));

        assertThatThrownBy(() -> kiosk.checkIn(booked.code())).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("check-in-too-early"));
        try {
            fixture.clock.moveTo(slot.start().toInstant().minus(Duration.ofMinutes(10)));
            Appointment checkedIn = kiosk.checkIn(booked.code());
            assertThat(checkedIn.status()).isEqualTo(Appointment.Status.CHECKED_IN);
            assertThat(checkedIn.checkedInAt()).isNotNull();
            assertThatThrownBy(() -> kiosk.checkIn(booked.code())).isInstanceOfSatisfying(PlatformRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("already-checked-in"));
            assertThatThrownBy(() -> kiosk.checkIn(later.code())).isInstanceOfSatisfying(PlatformRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("check-in-too-early"));

            assertThat(kiosk.cancel(other.code()).status()).isEqualTo(Appointment.Status.CANCELLED);
            assertThatThrownBy(() -> kiosk.checkIn(other.code())).isInstanceOfSatisfying(PlatformRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("appointment-cancelled"));

            fixture.clock.moveTo(later.start().toInstant().plus(Duration.ofMinutes(20)));
            assertThatThrownBy(() -> kiosk.checkIn(later.code())).isInstanceOfSatisfying(PlatformRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("appointment-expired"));
        } finally {
            fixture.clock.reset();
        }
        assertThatThrownBy(() -> kiosk.book(new BookingRequest("GZ-TH-01.x.209901010900", null)))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("slot-unknown"));
        assertThatThrownBy(() -> kiosk.appointment("ZZZZZZZZZZ")).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("not-found"));
    }

    /** 03:00 on National Day, a public holiday: no slot is offered, yet a scripted check-in must work. */
    @Test
    void anAppointmentStartingNowIsBookedOnAHolidayNightAndChecksInAtOnce() throws Exception {
        try {
            fixture.clock.moveTo(Instant.parse("2026-09-30T19:00:30Z"));
            assertThat(kiosk.slots(SimulatorFixture.CENTRE, SimulatorFixture.SOCIAL_INSURANCE, LocalDate.of(2026, 10, 1), 1)).isEmpty();
            HttpResponse<String> reply = startingNow("{\"centreCode\":\"GZ-TH-01\",\"implementationCode\":\""
                    + SimulatorFixture.SOCIAL_INSURANCE + "\"}");
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
            assertThat(fixture.contract.validate("Appointment", reply.body())).isEmpty();
            Appointment now = JsonMapper.builder().build().readValue(reply.body(), Appointment.class);
            assertThat(now.start().toInstant()).isEqualTo(Instant.parse("2026-09-30T19:01:00Z"));
            assertThat(now.status()).isEqualTo(Appointment.Status.BOOKED);
            CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, new KeyRing(kiosk, fixture.clock)).clock(fixture.clock).build();
            assertThat(verifier.verify(now.checkInCode())).isInstanceOfSatisfying(CodeClaims.AppointmentCode.class,
                    c -> assertThat(c.appointmentId()).isEqualTo(now.code()));
            assertThat(kiosk.checkIn(now.code()).status()).isEqualTo(Appointment.Status.CHECKED_IN);
        } finally {
            fixture.clock.reset();
        }
    }

    @Test
    void anAppointmentStartingNowNeedsACentreAndAMatterThatTakesAppointments() throws Exception {
        assertThat(startingNow("{\"centreCode\":\"GZ-TH-01\",\"implementationCode\":\"nope\"}").body()).contains("unknown-matter");
        assertThat(startingNow("{\"centreCode\":\"XX-00\",\"implementationCode\":\"" + SimulatorFixture.SOCIAL_INSURANCE + "\"}").body())
                .contains("unknown-centre");
        HttpResponse<String> missing = startingNow("{\"centreCode\":\"GZ-TH-01\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("centreCode and implementationCode are required");
        HttpResponse<String> malformed = startingNow("{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed-request");
    }

    private static HttpResponse<String> startingNow(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture.simulator.devUri().orElseThrow()
                        .resolve("/admin/appointments/starting-now")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFullSlotRefusesMoreBookings() throws Exception {
        Slot slot = kiosk.slots(SimulatorFixture.CENTRE, SimulatorFixture.SOCIAL_INSURANCE, LocalDate.now().plusDays(1), 7).getLast();
        for (int i = 0; i < slot.capacity(); i++) {
            kiosk.book(new BookingRequest(slot.slotId(), null));
        }
        assertThatThrownBy(() -> kiosk.book(new BookingRequest(slot.slotId(), null)))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("slot-full"));
    }

    @Test
    void anElectronicIdIsRedeemedOnce() throws Exception {
        String ref = fixture.authorisation("resident-01", false).authorisationRef();
        assertThat(kiosk.redeemAuthorisation(ref).documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThatThrownBy(() -> kiosk.redeemAuthorisation(ref)).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("authorisation-redeemed"));
    }

    @Test
    void heartbeatsAreStoredPerKiosk() throws Exception {
        HeartbeatAck ack = kiosk.heartbeat(new Heartbeat(Instant.now(), "0.1.0",
                List.of(new Heartbeat.DeviceSummary("PRINTER", "ONLINE", "paper LOW")), 3));
        assertThat(ack.kioskId()).isEqualTo(SimulatorFixture.KIOSK_ID);
        HttpResponse<String> fleet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                fixture.simulator.devUri().orElseThrow().resolve("/admin/kiosks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fixture.contract.validate("KioskList", fleet.body())).isEmpty();
        KioskStatus.KioskList kiosks = JsonMapper.builder().build().readValue(fleet.body(), KioskStatus.KioskList.class);
        assertThat(kiosks.kiosks()).filteredOn(k -> k.kioskId().equals(SimulatorFixture.KIOSK_ID)).singleElement().satisfies(k -> {
            assertThat(k.enrolled()).isTrue();
            assertThat(k.lastHeartbeatAt()).isEqualTo(ack.receivedAt());
            assertThat(k.lastHeartbeat().outboxPending()).isEqualTo(3);
            assertThat(k.lastHeartbeat().devices()).extracting(Heartbeat.DeviceSummary::detail).containsExactly("paper LOW");
        });
    }

    @Test
    void theServedMattersCanBeReplacedForRefreshTestsAndABadReplacementIsRefused() throws Exception {
        List<Matter> seeded = Catalogue.seeded().matters();
        Matter first = seeded.getFirst();
        Matter renamed = new Matter(first.basicCode(), first.implementationCode(), first.businessItemCode(), first.department(),
                new LocalizedText("新名称", "新名稱", "New name"), first.identityLevel(), first.acceptedDocuments(), first.fingerprintOffered(),
                first.form(), first.availability(), first.committedWorkingDays(), first.calendarRegion(), first.crossBoundary(),
                first.counterAlternative());
        try {
            HttpResponse<String> replaced = putMatters(new MatterList(List.of(renamed)));
            assertThat(replaced.statusCode()).isEqualTo(200);
            assertThat(fixture.contract.validate("MatterList", replaced.body())).isEmpty();
            assertThat(kiosk.matters()).containsExactly(renamed);
            HttpResponse<String> refused = putMatters(new MatterList(List.of()));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("at least one matter");
            assertThat(kiosk.matters()).containsExactly(renamed);
        } finally {
            assertThat(putMatters(new MatterList(seeded)).statusCode()).isEqualTo(200);
        }
        assertThat(kiosk.matters()).isEqualTo(seeded);
    }

    private HttpResponse<String> putMatters(MatterList matters) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture.simulator.devUri().orElseThrow().resolve("/admin/matters"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JsonMapper.builder().build().writeValueAsBytes(matters))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void calendarsAreServedAsDataAndAsThePublishedFile() throws Exception {
        CalendarData mainland = kiosk.calendar(Region.CN, 2026);
        assertThat(mainland.source()).isEqualTo(CalendarData.Source.PUBLISHED);
        assertThat(mainland.provisional()).isFalse();
        assertThat(mainland.holidays()).contains(LocalDate.of(2026, 10, 1));
        assertThat(mainland.workingWeekendDays()).contains(LocalDate.of(2026, 10, 10));
        assertThat(kiosk.calendar(Region.HK, 2026).holidays()).contains(LocalDate.of(2026, 12, 25));

        CalendarFile file = CalendarFile.parseDelivered(org.kiosk.calendar.Region.CN, 2026, "platform", kiosk.calendarFile(Region.CN, 2026));
        assertThat(file.entries()).containsKey(LocalDate.of(2026, 10, 10));

        CalendarData future = kiosk.calendar(Region.MO, 2099);
        assertThat(future.source()).isEqualTo(CalendarData.Source.WEEKDAY_RULE);
        assertThat(future.provisional()).isTrue();
        assertThat(future.holidays()).isEmpty();
        assertThatThrownBy(() -> kiosk.calendarFile(Region.MO, 2099)).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("calendar-not-published"));
    }

    @Test
    void receiptsAndSlipsCarryCodesSignedWithThePublishedKeys() throws Exception {
        assertThat(fixture.contract.validate("JwkSet", kiosk.signingKeys())).isEmpty();
        CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, new KeyRing(kiosk, Clock.systemUTC())).build();

        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) kiosk.submit("signed-1", SimulatorFixture.socialInsuranceCertificate());
        assertThat(verifier.verify(accepted.trackingCode())).isInstanceOfSatisfying(CodeClaims.CaseTrackingCode.class,
                c -> assertThat(c.caseNumber()).isEqualTo(accepted.caseNumber()));

        Slot slot = kiosk.slots(SimulatorFixture.CENTRE, SimulatorFixture.SOCIAL_INSURANCE, LocalDate.now().plusDays(1), 7).get(1);
        Appointment booked = kiosk.book(new BookingRequest(slot.slotId(), null));
        assertThat(verifier.verify(booked.checkInCode())).isInstanceOfSatisfying(CodeClaims.AppointmentCode.class, c -> {
            assertThat(c.appointmentId()).isEqualTo(booked.code());
            assertThat(c.serviceCentre()).isEqualTo(SimulatorFixture.CENTRE);
            assertThat(c.slotStart()).isEqualTo(slot.start().toInstant());
        });
        for (String code : List.of(accepted.trackingCode(), booked.checkInCode())) {
            String[] parts = code.split("\\.");
            assertThat(fixture.contract.validate("SignedCodeHeader", base64Url(parts[0]))).isEmpty();
            assertThat(fixture.contract.validate("SignedCodeClaims", base64Url(parts[1]))).isEmpty();
        }
        assertThat(fixture.contract.validate("SignedCodeClaims", base64Url(accepted.trackingCode().split("\\.")[1])
                .replace("case-tracking", "appointment"))).isNotEmpty();
    }

    private static String base64Url(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    @Test
    void afterARotationOldAndNewCodesVerify() throws Exception {
        SubmissionResult.Accepted before = (SubmissionResult.Accepted) kiosk.submit("rotation-1", SimulatorFixture.socialInsuranceCertificate());
        HttpResponse<String> rotated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                fixture.simulator.devUri().orElseThrow().resolve("/admin/signing-keys/rotate")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rotated.statusCode()).isEqualTo(200);
        SubmissionResult.Accepted after = (SubmissionResult.Accepted) kiosk.submit("rotation-2", SimulatorFixture.socialInsuranceCertificate());

        JwkSet published = JwkSet.parse(kiosk.signingKeys());
        assertThat(published.kids()).hasSizeGreaterThanOrEqualTo(2).contains(rotated.body().replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1"));
        CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, KeyLookup.of(published)).build();
        assertThat(verifier.verify(before.trackingCode())).isInstanceOf(CodeClaims.CaseTrackingCode.class);
        assertThat(verifier.verify(after.trackingCode())).isInstanceOf(CodeClaims.CaseTrackingCode.class);
        assertThat(before.trackingCode().split("\\.")[0]).isNotEqualTo(after.trackingCode().split("\\.")[0]);
    }

    @Test
    void aRequestWithoutAClientCertificateIsRefused() throws Exception {
        PlatformClient anonymous = PlatformClient.builder(fixture.simulator.uri())
                .trustOnly(fixture.simulator.trustStore(), PlatformSimulator.storePassword()).replyListener(fixture.contract).build();
        assertThatThrownBy(anonymous::matters).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("client-certificate-required"));
        assertThatThrownBy(() -> anonymous.submit("anonymous-1", SimulatorFixture.socialInsuranceCertificate()))
                .isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("client-certificate-required");
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefused(@TempDir Path other) throws Exception {
        try (PlatformSimulator stranger = PlatformSimulator.start(PlatformSimulator.Options.forTest(other.resolve("other")))) {
            Path foreignKeys = stranger.enrolKiosk("kiosk-elsewhere", other.resolve("foreign.p12"), SimulatorFixture.KEY_STORE_PASSWORD);
            PlatformClient foreign = PlatformClient.builder(fixture.simulator.uri())
                    .mutualTls(foreignKeys, SimulatorFixture.KEY_STORE_PASSWORD, fixture.simulator.trustStore(), PlatformSimulator.storePassword())
                    .build();
            assertThatThrownBy(foreign::matters).isInstanceOf(PlatformUnavailableException.class);
        }
    }

    @Test
    void aKioskClockMoreThanFiveMinutesOffIsRefusedNamingBothTimes() throws Exception {
        PlatformClient skewed = fixture.kiosk().clock(Clock.offset(fixture.clock, Duration.ofMinutes(7))).build();
        assertThatThrownBy(skewed::matters).isInstanceOfSatisfying(PlatformRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("clock-skew");
            assertThat(e.problem().clientTime()).isNotNull();
            assertThat(e.problem().serverTime()).isNotNull();
            assertThat(Duration.between(e.problem().serverTime(), e.problem().clientTime())).isGreaterThan(Duration.ofMinutes(6));
            assertThat(e.problem().detail()).contains(e.problem().clientTime().toString());
        });
        assertThatThrownBy(() -> skewed.submit("skewed-1", SimulatorFixture.socialInsuranceCertificate()))
                .isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("clock-skew");
        PlatformClient slightlyOff = fixture.kiosk().clock(Clock.offset(fixture.clock, Duration.ofMinutes(-4))).build();
        assertThat(slightlyOff.matters()).isNotEmpty();
    }

    @Test
    void enrolmentNeedsTheProvisioningKeyAndItsCertificateThenWorks() throws Exception {
        PlatformClient enrolment = PlatformClient.builder(fixture.simulator.uri())
                .trustOnly(fixture.simulator.trustStore(), PlatformSimulator.storePassword()).replyListener(fixture.contract).build();
        var keys = KioskCredentials.newKeyPair();
        assertThatThrownBy(() -> enrolment.enrol("wrong-key", new EnrolmentRequest("kiosk-new", KioskCredentials.certificateRequest(keys, "kiosk-new"))))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("provisioning-key-invalid"));
        assertThatThrownBy(() -> enrolment.enrol(fixture.simulator.provisioningKey(),
                new EnrolmentRequest("kiosk-new", KioskCredentials.certificateRequest(keys, "kiosk-other"))))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("csr-invalid"));
        assertThatThrownBy(() -> enrolment.enrol(fixture.simulator.provisioningKey(), new EnrolmentRequest("kiosk-new", "-----BEGIN nonsense")))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("csr-invalid"));

        Path keyStore = dir.resolve("kiosk-new.p12");
        Path trustStore = dir.resolve("kiosk-new-trust.p12");
        KioskCredentials.enrol(enrolment, fixture.simulator.provisioningKey(), "kiosk-new", keyStore, "pw".toCharArray(), trustStore, "tpw".toCharArray());
        PlatformClient enrolled = PlatformClient.builder(fixture.simulator.uri())
                .mutualTls(keyStore, "pw".toCharArray(), trustStore, "tpw".toCharArray()).replyListener(fixture.contract).build();
        assertThat(enrolled.heartbeat(new Heartbeat(Instant.now(), "0.1.0", List.of(), 0)).kioskId()).isEqualTo("kiosk-new");

        // enrolling again replaces the certificate: the first one stops working
        KioskCredentials.enrol(enrolment, fixture.simulator.provisioningKey(), "kiosk-new", dir.resolve("kiosk-new-2.p12"), "pw".toCharArray(),
                trustStore, "tpw".toCharArray());
        assertThatThrownBy(enrolled::matters).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("kiosk-unknown"));
    }

    @Test
    void theDeveloperListenerServesPlainHttpOnLoopbackWithoutACertificate() throws Exception {
        URI dev = fixture.simulator.devUri().orElseThrow();
        assertThat(dev.getHost()).isEqualTo("127.0.0.1");
        PlatformClient plain = PlatformClient.builder(dev).plainHttp().clock(fixture.clock).replyListener(fixture.contract).build();
        assertThat(plain.matters()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(plain.heartbeat(new Heartbeat(Instant.now(), "0.1.0", List.of(), 0)).kioskId()).isEqualTo(RequestGuard.DEV_KIOSK);
        assertThat(plain.submit("dev-1", SimulatorFixture.socialInsuranceCertificate())).isInstanceOf(SubmissionResult.Accepted.class);
    }

    @Test
    void adminOperationsRefuseClientsNotOnLoopback() throws Exception {
        InetAddress external = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst().orElse(null);
        assumeTrue(external != null, "this machine has no address besides loopback");
        SSLContext tls = TlsContexts.trustOnly(fixture.simulator.trustStore(), PlatformSimulator.storePassword());
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(external, fixture.simulator.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /admin/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 403").contains("admin-loopback-only");
        }
    }

    @Test
    void theSimulatorServesItsOpenApiDocument() throws Exception {
        URI openApi = fixture.simulator.devUri().orElseThrow().resolve("/openapi.yaml");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openApi).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("openapi: 3.1.0");
    }
}

package org.kiosk.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.appointments.AppointmentsConfiguration;
import org.kiosk.app.appointments.SimulatedPlatform;
import org.kiosk.app.codes.SqliteReplayStore;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.PhoneIdentification.Outcome;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.IssuedAuthorisation;
import org.kiosk.sim.qr.QrScannerEmulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's e-ID code end to end below the screens: the scanner emulator behind a socat pty, the QR scanner driver,
 * the platform simulator on loopback (codes issued by its admin operation, redeemed over mutual TLS), and the kiosk's
 * SQLite memory of used codes.
 */
class PhoneEidIdentificationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ISSUER = "gd-platform-sim";

    @TempDir
    static Path dir;
    static SimulatedPlatform platform;
    static SimulatedDevice<QrScannerEmulator> scannerDevice;
    static QrScanner scanner;
    static SqliteReplayStore usedCodes;
    static ExecutorService executor;
    static PhoneEidIdentification phone;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        platform = new SimulatedPlatform(dir, Instant.now());
        scannerDevice = SimulatedDevice.start(device -> {
            QrScannerEmulator emulator = QrScannerEmulator.builder().serial(device).build();
            emulator.start();
            return emulator;
        });
        scanner = new QrScanner("qr", new Endpoint.Serial(SerialSettings.of(scannerDevice.serialPort(), QrScannerEmulator.DEFAULT_BAUD)),
                QrScanner.Options.standard(), Clock.systemUTC());
        scanner.start();
        assertThat(scanner.awaitConnected(WAIT)).isTrue();
        usedCodes = new SqliteReplayStore(dir.resolve("kiosk.db"));
        executor = Executors.newVirtualThreadPerTaskExecutor();
        phone = identification(platform.client);
    }

    @AfterAll
    static void stop() throws Exception {
        executor.shutdownNow();
        scanner.close();
        scannerDevice.close();
        usedCodes.close();
        platform.close();
    }

    private static PhoneEidIdentification identification(PlatformClient client) {
        return new PhoneEidIdentification(AppointmentsConfiguration.scans(scanner), client, ISSUER, usedCodes, () -> true, platform.clock,
                executor);
    }

    @Test
    void anEidCodeIsRedeemedIntoTheSessionAndTheScreensLearnOnlyTheKind() throws Exception {
        KioskSession session = new KioskSession();
        BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
        phone.listen(session, results::add);
        show(issue("resident-01", false).code());
        PhoneIdentification.Result result = next(results);
        assertThat(result.outcome()).isEqualTo(Outcome.IDENTIFIED);
        assertThat(result.document()).as("the platform verified resident-01, so the kiosk need not").contains(
                new Identification.DocumentSummary(Identification.DocumentKind.ELECTRONIC_ID, false, false, IdentityLevel.VERIFIED));
        assertThat(session.documentField(DocumentField.NAME).map(PersonalValue::reveal)).contains("张三丰");
        assertThat(session.documentField(DocumentField.DOCUMENT_NUMBER).map(PersonalValue::reveal)).contains("440524188001010014");
        assertThat(session.documentField(DocumentField.DOCUMENT_TYPE).map(PersonalValue::reveal)).contains("RESIDENT_ID");
        assertThat(session.documentField(DocumentField.BIRTH_DATE).map(PersonalValue::reveal)).contains(LocalDate.of(1880, 1, 1).toString());
        assertThat(session.documentField(DocumentField.VALID_UNTIL).map(PersonalValue::reveal)).contains("2040-06-01");
        assertThat(result.toString()).doesNotContain("张三丰", "440524188001010014");

        // identified once, the scanner is no longer listening for this visit
        long unarmed = scanner.counts().unarmed();
        show(issue("resident-02", false).code());
        awaitUnarmedScans(unarmed + 1);
        assertThat(session.documentField(DocumentField.NAME).map(PersonalValue::reveal)).contains("张三丰");
        session.wipe();
        assertThat(session.hasPersonalData()).isFalse();
    }

    @Test
    void theVisitEndingStopsTheListening() throws Exception {
        KioskSession session = new KioskSession();
        BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
        phone.listen(session, results::add);
        session.wipe();
        long unarmed = scanner.counts().unarmed();
        show(issue("hmt-01", false).code());
        awaitUnarmedScans(unarmed + 1);
        assertThat(results).isEmpty();
    }

    @Test
    void codesThatAreNoEidAreRefusedAsSuch() throws Exception {
        KioskSession session = new KioskSession();
        BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
        try (PhoneIdentification.Listening ignored = phone.listen(session, results::add)) {
            show("https://pay.example.com/qr/8f3a2c");
            assertThat(next(results).outcome()).isEqualTo(Outcome.NOT_AN_EID);

            String code = issue("resident-01", false).code();
            char last = code.charAt(code.length() - 2);
            show(code.substring(0, code.length() - 2) + (last == 'A' ? 'B' : 'A') + code.charAt(code.length() - 1));
            assertThat(next(results).outcome()).as("a forged signature").isEqualTo(Outcome.NOT_AN_EID);

            var slot = platform.client.slots(SimulatedPlatform.CENTRE, SimulatedPlatform.SOCIAL_INSURANCE, LocalDate.now().plusDays(1), 7).getFirst();
            show(platform.client.book(new BookingRequest(slot.slotId(), null)).checkInCode());
            assertThat(next(results).outcome()).as("an appointment slip's code").isEqualTo(Outcome.NOT_AN_EID);
        }
        assertThat(session.hasPersonalData()).isFalse();
    }

    @Test
    void expiredAndUsedCodesAreRefusedAndSoIsARedemptionAnotherKioskMadeFirst() throws Exception {
        KioskSession session = new KioskSession();
        BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
        try (PhoneIdentification.Listening ignored = phone.listen(session, results::add)) {
            show(issue("resident-01", true).code());
            assertThat(next(results).outcome()).isEqualTo(Outcome.EXPIRED);

            IssuedAuthorisation elsewhere = issue("foreign-01", false);
            platform.client.redeemAuthorisation(elsewhere.authorisationRef());
            show(elsewhere.code());
            assertThat(next(results).outcome()).isEqualTo(Outcome.ALREADY_USED);
            show("not a code");
            assertThat(next(results).outcome()).isEqualTo(Outcome.NOT_AN_EID);
            show(elsewhere.code());
            assertThat(next(results).outcome()).as("the kiosk's own memory of used codes").isEqualTo(Outcome.ALREADY_USED);
        }
        assertThat(session.hasPersonalData()).isFalse();
    }

    @Test
    void aPlatformThatDoesNotAnswerMakesTheCitizenGoAnotherWay() throws Exception {
        KioskSession session = new KioskSession();
        BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
        PlatformClient nowhere = PlatformClient.builder(URI.create("http://127.0.0.1:9")).plainHttp().clock(platform.clock).build();
        try (PhoneIdentification.Listening ignored = identification(nowhere).listen(session, results::add)) {
            show(issue("resident-02", false).code());
            assertThat(next(results).outcome()).as("no signing keys could be fetched").isEqualTo(Outcome.UNAVAILABLE);
        }
        // the signing keys fetched while the platform answers: the redemption is what fails below
        KioskSession earlier = new KioskSession();
        phone.listen(earlier, results::add);
        show(issue("resident-02", false).code());
        assertThat(next(results).outcome()).isEqualTo(Outcome.IDENTIFIED);
        earlier.wipe();
        try (PhoneIdentification.Listening ignored = phone.listen(session, results::add)) {
            String code = issue("resident-02", false).code();
            platform.faults(new FaultSettings(0, 0, 0, 1.0, 1, 0, false));
            try {
                show(code);
                assertThat(next(results).outcome()).as("the redemption answered 503").isEqualTo(Outcome.UNAVAILABLE);
            } finally {
                platform.faults(FaultSettings.NONE);
            }
        }
        assertThat(session.hasPersonalData()).isFalse();
    }

    private static PhoneIdentification.Result next(BlockingQueue<PhoneIdentification.Result> results) throws InterruptedException {
        PhoneIdentification.Result result = results.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(result).as("an outcome for the scanned code").isNotNull();
        return result;
    }

    private static void show(String text) throws InterruptedException {
        assertThat(scannerDevice.emulator().awaitHost(WAIT)).isTrue();
        assertThat(scannerDevice.emulator().scan(text)).isTrue();
    }

    private static void awaitUnarmedScans(long count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (scanner.counts().unarmed() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scanner.counts().unarmed()).isGreaterThanOrEqualTo(count);
    }

    private static IssuedAuthorisation issue(String citizen, boolean expired) throws Exception {
        HttpResponse<String> response = platform.admin("POST", "/admin/authorisations", new AuthorisationRequest(citizen, expired));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readValue(response.body(), IssuedAuthorisation.class);
    }
}

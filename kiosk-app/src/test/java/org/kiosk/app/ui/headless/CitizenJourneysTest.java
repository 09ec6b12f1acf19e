package org.kiosk.app.ui.headless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.KioskApplication;
import org.kiosk.app.catalogue.RefreshedCatalogue;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.journey.StoredRatings;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.outbox.OutboxState;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.simulation.SimulationControl;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.UiServices;
import org.kiosk.app.ui.appointments.AppointmentJourney;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ConsentScreen;
import org.kiosk.app.ui.journey.IdentifyScreen;
import org.kiosk.app.ui.journey.ResultScreen;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.ScanCounts;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.ServiceRating;
import org.kiosk.platform.sim.PlatformSimulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.testfx.api.FxToolkit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen's journeys on the whole simulated stack, as {@code --headless --journey NAME} runs them: the devices'
 * emulators behind ptys, the platform simulator in-process on loopback with the kiosk enrolled, the kiosk's SQLite
 * file in a temporary folder, the screens on Monocle. One Spring context serves every journey.
 */
class CitizenJourneysTest {

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext context;
    static KioskUi ui;
    static ManualUiClock clock = new ManualUiClock();
    static final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    static void startTheKiosk() throws Exception {
        context = new SpringApplication(KioskApplication.class).run("--spring.main.keep-alive=false",
                "--kiosk.print-sample-on-start=false", "--kiosk.simulation.platform=true", "--kiosk.simulation.passport=true",
                "--management.server.port=0",
                "--logging.file.name=" + dir.resolve("kiosk.log"), "--kiosk.output-dir=" + dir.resolve("out"),
                "--kiosk.data-dir=" + dir.resolve("data"), "--kiosk.printer.poll-interval=100ms");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage((Stage stage) -> {
            ui = new KioskUi(context.getBean(UiServices.class), context.getBean(Texts.class), UiProperties.defaults(), clock);
            stage.setScene(ui.scene());
            stage.show();
        });
    }

    @AfterAll
    static void stopTheKiosk() throws Exception {
        FxToolkit.cleanupStages();
        if (context != null) {
            SimulatedPassport passport = context.getBean(SimulatedPassport.class);
            context.close();
            assertThat(passport.running()).as("the simulated pcscd stopped with the kiosk").isFalse();
        }
    }

    /** Runs {@code journey} on the FX thread as the headless runner does; fails with the journey's own message. */
    private static String run(Journey journey) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("journeys").resolve(journey.name()));
        output.reset();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                journey.run(new JourneyContext(ui, clock, new AccessibilityAudit(context.getBean(Texts.class)), folder, out,
                        context.getBean(SimulationControl.class)));
                done.complete(null);
            } catch (Throwable e) {
                done.complete(e);
            }
        });
        Throwable failure = done.get(3, TimeUnit.MINUTES);
        assertThat(failure).as("journey %s: %s", journey.name(), failure).isNull();
        return output.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static PrinterEmulator printer() {
        return ((SimulatedDevice<PrinterEmulator>) context.getBeanProvider(
                ResolvableType.forClassWithGenerics(SimulatedDevice.class, PrinterEmulator.class)).getObject()).emulator();
    }

    @Test
    void residentIdCardWithConsentedFingerprintGetsACaseNumberAndAPrintedReceipt() throws Exception {
        int printed = printer().receipts().size();
        StoredRatings ratings = context.getBean(StoredRatings.class);
        int sent = ratings.count(true);
        run(new ResidentFingerprintJourney());
        assertThat(printer().awaitReceipts(printed + 1, Duration.ofSeconds(10))).isTrue();
        // the rating goes to the platform after the visit has ended
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ratings.count(true) == sent && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ratings.count(true)).as("ratings sent with the case number").isEqualTo(sent + 1);
    }

    @Test
    void theSimulatedPlatformsFleetViewHearsThisKioskAndSubmissionsAreCounted() throws Exception {
        String kioskId = context.getBean(KioskProperties.class).id();
        URI fleet = context.getBean(PlatformSimulator.class).devUri().orElseThrow().resolve("/admin/fleet");
        JsonNode kiosk = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (kiosk == null && System.nanoTime() < deadline) {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fleet).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode each : JsonMapper.builder().build().readTree(body).path("fleet")) {
                if (each.path("kioskId").asString().equals(kioskId) && !each.path("silent").asBoolean()) {
                    kiosk = each;
                }
            }
            if (kiosk == null) {
                Thread.sleep(100);
            }
        }
        assertThat(kiosk).as("this kiosk in the simulator's fleet view, with a heartbeat").isNotNull();
        assertThat(kiosk.path("devices").findValuesAsString("kind")).contains("RECEIPT_PRINTER", "ID_CARD_READER");

        double accepted = submissions("accepted");
        String socialInsurance = "1144010000749982812000110003000";
        byte[] application = JsonMapper.builder().build().writeValueAsBytes(new ApplicationRequest(socialInsurance, "GZ-TH-01", "zh-CN",
                Instant.now(), new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"), ApplicationRequest.IdentityVerification.NONE));
        assertThat(context.getBean(KioskOutbox.class).submit(socialInsurance, application).state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(submissions("accepted")).isEqualTo(accepted + 1);
    }

    private static double submissions(String result) {
        Counter counter = context.getBean(MeterRegistry.class).find("kiosk.submissions").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Whatever the hour or day the suite runs, as the simulator books an appointment that starts now. */
    @Test
    void theAppointmentJourneyBooksAndChecksInByQrCodeWithAPrintedSlip() throws Exception {
        int printed = printer().receipts().size();
        String out = run(new AppointmentJourney());
        assertThat(out).contains("checked in, queue number");
        String number = out.replaceAll("(?s).*checked in, queue number (\\S+).*", "$1");
        assertThat(printer().awaitReceipts(printed + 2, Duration.ofSeconds(10))).as("booking slip and queue slip").isTrue();
        assertThat(String.join("\n", printer().receipts().getLast().textLines())).contains(number);
    }

    @Test
    void thePlatformRefusesARatingForACaseItDoesNotHave() {
        assertThatThrownBy(() -> context.getBean(PlatformClient.class).rate("GD-NO-SUCH-CASE",
                new ServiceRating(ServiceRating.Level.SATISFIED))).isInstanceOf(PlatformException.class).hasMessageContaining("404");
    }

    @Test
    void refusedConsentLeadsToCounterVerificationNotADeadEnd() throws Exception {
        double completed = visits("completed");
        run(new ConsentRefusedJourney());
        assertThat(visits("completed")).isEqualTo(completed + 1);
    }

    @Test
    void cardPulledOutMidJourneyIsCountedAsCancelled() throws Exception {
        double cancelled = visits("cancelled");
        run(new CardPulledJourney());
        assertThat(visits("cancelled")).isEqualTo(cancelled + 1);
    }

    /** The visits counted with {@code outcome} in the kiosk's session meters. */
    private static double visits(String outcome) {
        Counter counter = context.getBean(MeterRegistry.class).find("kiosk.sessions").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void passportScannedReadAndVerifiedPrefillsTheFormAndPrintsTheReceipt(CapturedOutput log) throws Exception {
        assertThat(context.getBean(SimulatedPassport.class).running()).as("pcscd with vpcd started with the kiosk").isTrue();
        int printed = printer().receipts().size();
        String out = run(new PassportJourney());
        assertThat(printer().awaitReceipts(printed + 1, Duration.ofSeconds(10))).isTrue();
        assertThat(log.getAll()).contains("passive authentication VERIFIED");
        for (String personal : List.of("ERIKSSON", "L898902C", "740812")) {
            assertThat(out).doesNotContain(personal);
            assertThat(log.getAll()).doesNotContain(personal);
        }
    }

    @Test
    void aTypedWrongBirthDateIsRefusedInWordsAndTheCorrectedOneReadsThePassport() throws Exception {
        double completed = visits("completed");
        run(new PassportTypedJourney());
        assertThat(visits("completed")).isEqualTo(completed + 1);
    }

    @Test
    void anExpiredPassportIsRefusedAndTheCounterOffered() throws Exception {
        run(new ExpiredPassportJourney());
    }

    @Test
    void aMatterThatTakesNoPassportOffersNoPassportAndSaysWhy() throws Exception {
        run(new ApplicationJourney() {
            @Override
            public String name() {
                return "passport-not-accepted";
            }

            @Override
            public String description() {
                return "a matter for ID cards and residence permits only";
            }

            @Override
            public void run(JourneyContext c) throws Exception {
                chooseMatter(c, UiLanguage.ENGLISH, FUND_MATTER);
                if (!(c.ui().scene().lookup("#identify-passport") instanceof Button passport) || !passport.isDisabled()) {
                    throw new JourneyFailure("the passport can be chosen for a matter that does not accept it");
                }
                String why = c.ui().texts().get(UiLanguage.ENGLISH, "identify.passport-not-accepted");
                if (SceneText.occurrences(c.ui().scene(), List.of(why)).isEmpty()) {
                    throw new JourneyFailure("the identify screen does not say why the passport cannot be used");
                }
                c.ui().reset();
            }
        });
    }

    @Test
    void aMatterThatNeedsOnlyTheDocumentAsksNoFingerprintEvenOfACardThatHasOne() throws Exception {
        RefreshedCatalogue catalogue = context.getBean(RefreshedCatalogue.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (catalogue.source() != RefreshedCatalogue.Source.PLATFORM && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(catalogue.source()).as("the platform's catalogue, whose terms say what the matter needs").isEqualTo(RefreshedCatalogue.Source.PLATFORM);
        run(new ApplicationJourney() {
            @Override
            public String name() {
                return "document-only";
            }

            @Override
            public String description() {
                return "a matter that needs the document only, with a card that carries fingerprints";
            }

            @Override
            public void run(JourneyContext c) throws Exception {
                c.simulation().paperOut(false);
                chooseMatter(c, UiLanguage.ENGLISH, RECORD_MATTER);
                readCard(c, ResidentFingerprintJourney.CARD);
                fillForm(c);
                submit(c, ResultScreen.ID);
                String counter = c.ui().texts().get(UiLanguage.ENGLISH, "result.verify-at-counter");
                if (!SceneText.occurrences(c.ui().scene(), List.of(counter)).isEmpty()) {
                    throw new JourneyFailure("the citizen is sent to the counter for a matter the document suffices for");
                }
                finish(c);
            }
        });
    }

    @Test
    void hongKongResidentsPermitInTraditionalChinese() throws Exception {
        run(new HkPermitJourney());
    }

    @Test
    void thePhonesEidCodeLeadsToASubmittedApplicationWithThePrefilledForm() throws Exception {
        int printed = printer().receipts().size();
        Counter identified = context.getBean(MeterRegistry.class).find("kiosk.eid.codes").tag("outcome", "identified").counter();
        double before = identified.count();
        String out = run(new PhoneEidJourney());
        assertThat(printer().awaitReceipts(printed + 1, Duration.ofSeconds(10))).isTrue();
        assertThat(identified.count()).isEqualTo(before + 1);
        assertThat(out).doesNotContain("440524188001010014").doesNotContain("张三丰");
    }

    @Test
    void aPhoneCodeShownAgainAfterItWasUsedIsRefusedAsAlreadyUsed() throws Exception {
        PhoneEidRefusedJourney refused = new PhoneEidRefusedJourney();
        run(step("phone-eid-replayed", refused::replayed));
    }

    @Test
    void anExpiredPhoneCodeIsRefusedAndTheCitizenGoesOnAnotherWay() throws Exception {
        PhoneEidRefusedJourney refused = new PhoneEidRefusedJourney();
        run(step("phone-eid-expired", refused::expired));
    }

    @Test
    void leavingThePhoneScreenByTheChromeStopsListeningSoALaterCodeIsNotRedeemed() throws Exception {
        QrScanner scanner = context.getBean(QrScanner.class);
        PhoneEidJourney journey = new PhoneEidJourney();
        run(step("phone-eid-left", c -> {
            journey.chooseMatter(c, UiLanguage.ENGLISH, ApplicationJourney.FUND_MATTER);
            journey.openPhoneEid(c);
            c.press("chrome-back");
            c.expectScreen(IdentifyScreen.ID);
            ScanCounts before = scanner.counts();
            c.simulation().showPhoneEid(PhoneEidJourney.CITIZEN, false);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (scanner.counts().unarmed() + scanner.counts().delivered() == before.unarmed() + before.delivered()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(scanner.counts().unarmed()).as("the code reached a scanner nobody listens to").isEqualTo(before.unarmed() + 1);
            assertThat(c.ui().session().hasPersonalData()).isFalse();
            c.ui().reset();
        }));
    }

    /** One step of a journey, run as a journey of its own. */
    private static Journey step(String name, Step step) {
        return new Journey() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public void run(JourneyContext c) throws Exception {
                step.run(c);
            }
        };
    }

    @FunctionalInterface
    private interface Step {
        void run(JourneyContext c) throws Exception;
    }

    @Test
    void platformDownGivesAProvisionalReceipt() throws Exception {
        run(new PlatformDownJourney());
    }

    @Test
    void printerOutOfPaperShowsTheReceiptOnScreen() throws Exception {
        int printed = printer().receipts().size();
        run(new PaperOutJourney());
        assertThat(printer().receipts()).hasSize(printed);
    }

    @Test
    void timeoutWipesTheCardHoldersDetailsFromSceneAndMemory() throws Exception {
        run(new ApplicationJourney() {
            @Override
            public String name() {
                return "card-timeout";
            }

            @Override
            public String description() {
                return "a card read, then nobody touches the kiosk";
            }

            @Override
            public void run(JourneyContext c) throws Exception {
                chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
                readCard(c, ResidentFingerprintJourney.CARD);
                c.expectScreen(ConsentScreen.ID);
                Duration step = Duration.ofSeconds(1);
                for (Duration passed = Duration.ZERO; passed.compareTo(c.ui().inactivityIdle().plus(c.ui().warningCountdown())) <= 0;
                        passed = passed.plus(step)) {
                    c.clock().advance(step);
                    c.ui().tick();
                }
                expectWiped(c);
            }
        });
        run(new TimeoutJourney());
        assertThat(visits("abandoned")).isGreaterThanOrEqualTo(2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void journeyOutputAndLogNameNoPersonalData(CapturedOutput log) throws Exception {
        String out = run(new ResidentFingerprintJourney());
        assertThat(out).doesNotContain("测试一").doesNotContain("321083197812162119");
        assertThat(log.getAll()).contains("acknowledged as case").doesNotContain("测试一").doesNotContain("321083197812162119");
        Path file = dir.resolve("kiosk.log");
        if (Files.exists(file)) {
            assertThat(Files.readString(file)).doesNotContain("测试一").doesNotContain("321083197812162119");
        }
    }
}

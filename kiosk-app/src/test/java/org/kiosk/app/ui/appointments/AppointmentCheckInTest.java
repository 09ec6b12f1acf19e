package org.kiosk.app.ui.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.appointments.Appointments;
import org.kiosk.app.appointments.AppointmentsConfiguration;
import org.kiosk.app.appointments.AppointmentsSettings;
import org.kiosk.app.appointments.SimulatedPlatform;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.calendar.CentreSamples;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.UiServices;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.headless.JourneyContext;
import org.kiosk.app.ui.headless.JourneyFailure;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.service.LocalQueueTickets;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.printer.EscPosPrinter;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.platform.code.InMemoryReplayStore;
import org.kiosk.platform.model.Appointment;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Appointment check-in over the real stack: the platform simulator in-process over mutual TLS, the ESC/POS driver
 * printing to the printer emulator on loopback, and the QR scanner driver reading the scanner emulator over a socat pty.
 * A citizen books Monday's 09:00 slot on the Friday evening (the slip carries the check-in code), then on Monday at
 * 08:45 holds the slip under the scanner and is checked in with a queue number on a second slip.
 */
class AppointmentCheckInTest extends FxRobot {

    private static final Instant FRIDAY_EVENING = ZonedDateTime.parse("2026-11-27T20:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant MONDAY_0845 = ZonedDateTime.parse("2026-11-30T08:45:00+08:00[Asia/Shanghai]").toInstant();
    private static final EscPosPrinter.Timing FAST = new EscPosPrinter.Timing(Duration.ofMillis(500), Duration.ofSeconds(5),
            Duration.ofMillis(100), new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));

    @TempDir
    Path dir;

    private SimulatedPlatform platform;
    private PrinterEmulator printerEmulator;
    private EscPosPrinter printer;
    private SimulatedDevice<QrScannerEmulator> scannerDevice;
    private QrScanner scanner;
    private KioskUi ui;

    @BeforeEach
    void start() throws Exception {
        platform = new SimulatedPlatform(dir, FRIDAY_EVENING);
        printerEmulator = PrinterEmulator.builder(dir).tcp(0).build();
        printerEmulator.start();
        printer = new EscPosPrinter("printer", PrinterProfile.GENERIC_80MM, new Endpoint.Tcp("127.0.0.1:" + printerEmulator.boundPort()),
                FAST, Clock.systemUTC());
        printer.start();
        scannerDevice = SimulatedDevice.start(device -> {
            QrScannerEmulator emulator = QrScannerEmulator.builder().serial(device).build();
            emulator.start();
            return emulator;
        });
        scanner = new QrScanner("qr", new Endpoint.Serial(SerialSettings.of(scannerDevice.serialPort(), QrScannerEmulator.DEFAULT_BAUD)),
                QrScanner.Options.standard(), Clock.systemUTC());
        scanner.start();
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(scanner.awaitConnected(Duration.ofSeconds(10))).isTrue();

        AppointmentsSettings settings = AppointmentsSettings.fromProperties(Map.of());
        Appointments appointments = new Appointments(platform.client,
                AppointmentsConfiguration.classifier(settings, platform.client, platform.clock,
                new InMemoryReplayStore()), settings.window(),
                SimulatedPlatform.CENTRE, platform.clock);
        LocalQueueTickets tickets = new LocalQueueTickets(platform.clock);
        UiServices services = new UiServices(BundledServiceCatalogue.load(), tickets, where -> { },
                new MatterAdvice(CentreSamples.tianhe(), WorkingCalendars::bundled, platform.clock),
                new AppointmentDesk(Optional.of(appointments), Optional.of(new SlipPrinter(printer)), tickets,
                        AppointmentsConfiguration.scans(scanner), settings.bookableMatter(), SimulatedPlatform.CHINA));
        FxToolkit.registerPrimaryStage();
        KioskUi[] built = new KioskUi[1];
        FxToolkit.setupStage((Stage stage) -> {
            built[0] = new KioskUi(services, Texts.load(), UiProperties.defaults(), new ManualUiClock());
            stage.setScene(built[0].scene());
            stage.show();
        });
        ui = built[0];
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        scanner.close();
        scannerDevice.close();
        printer.close();
        printerEmulator.close();
        platform.close();
    }

    private void press(String id) {
        interact(() -> ((ButtonBase) ui.scene().lookup("#" + id)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bookOnFridayThenCheckInOnMondayByScanningTheSlip() throws Exception {
        interact(() -> ui.home());
        press("home-appointments");
        press("appointments-book");
        assertThat(ui.visibleScreenId()).isEqualTo(BookScreen.ID);
        press("book-day-2026-11-30");
        press("book-slot-09-00");
        assertThat(ui.visibleScreenId()).isEqualTo(BookedScreen.ID);
        Appointment booked = ((BookedScreen) ui.currentScreen()).appointment();
        assertThat(printerEmulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
        assertThat(printerEmulator.receipts().getFirst().qrStored()).containsExactly(booked.checkInCode());

        platform.clock.set(MONDAY_0845);
        press("booked-done");
        press("home-appointments");
        press("appointments-check-in");
        assertThat(ui.visibleScreenId()).isEqualTo(CheckInScreen.ID);
        assertThat(scannerDevice.emulator().scan(printerEmulator.receipts().getFirst().qrStored().getFirst())).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.visibleScreenId().equals(CheckInOutcomeScreen.ID));

        CheckInOutcomeScreen outcome = (CheckInOutcomeScreen) ui.currentScreen();
        assertThat(outcome.ticket()).as("%s", outcome.result()).isNotNull();
        assertThat(((Label) ui.scene().lookup("#check-in-ticket-number")).getText()).isEqualTo(outcome.ticket().number());
        assertThat(platform.client.appointment(booked.code()).status()).isEqualTo(Appointment.Status.CHECKED_IN);
        assertThat(printerEmulator.awaitReceipts(2, Duration.ofSeconds(10))).isTrue();
        assertThat(String.join("\n", printerEmulator.receipts().get(1).textLines())).contains(outcome.ticket().number())
                .contains(booked.code());
    }

    @Test
    void tooEarlyTypedCodeSaysWhenToComeBack() throws Exception {
        Appointment booked = platform.client.book(new org.kiosk.platform.model.BookingRequest(
                platform.client.slots(SimulatedPlatform.CENTRE, SimulatedPlatform.SOCIAL_INSURANCE, java.time.LocalDate.of(2026, 11, 30), 1)
                        .getFirst().slotId(), null));
        platform.clock.set(MONDAY_0845.minus(Duration.ofHours(1)));
        interact(() -> ui.show(new CheckInScreen()));
        interact(() -> ((javafx.scene.control.TextField) ui.scene().lookup("#check-in-code")).setText(booked.code()));
        press("check-in-submit");

        assertThat(ui.visibleScreenId()).isEqualTo(CheckInOutcomeScreen.ID);
        assertThat(((Label) ui.scene().lookup("#check-in-outcome")).getText()).contains("2026-11-30 08:30");
        assertThat(platform.client.appointment(booked.code()).status()).isEqualTo(Appointment.Status.BOOKED);
    }

    @Test
    void theAppointmentJourneyBooksTheNextSlotAndChecksIn() throws Exception {
        platform.clock.set(ZonedDateTime.parse("2026-11-30T10:10:00+08:00[Asia/Shanghai]").toInstant());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path shots = Files.createDirectories(dir.resolve("journey"));
        Exception[] failure = new Exception[1];
        interact(() -> {
            try {
                new AppointmentJourney().run(new JourneyContext(ui, new ManualUiClock(), new AccessibilityAudit(ui.texts()), shots,
                        new PrintStream(log, true, StandardCharsets.UTF_8)));
            } catch (Exception e) {
                failure[0] = e;
            }
        });

        assertThat(failure[0]).isNull();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("checked in, queue number");
        try (var files = Files.list(shots)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("001-appointments.png", "002-book.png", "003-booked.png", "004-check-in.png", "005-outcome.png");
        }
    }

    @Test
    void theJourneyFailsWhenTheCitizenIsTooEarly() throws Exception {
        platform.clock.set(ZonedDateTime.parse("2026-11-28T10:10:00+08:00[Asia/Shanghai]").toInstant());
        Exception[] failure = new Exception[1];
        interact(() -> {
            try {
                new AppointmentJourney().run(new JourneyContext(ui, new ManualUiClock(), new AccessibilityAudit(ui.texts()),
                        Files.createDirectories(dir.resolve("early")), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            } catch (Exception e) {
                failure[0] = e;
            }
        });

        assertThat(failure[0]).isInstanceOf(JourneyFailure.class).hasMessageContaining("not checked in").hasMessageContaining("TooEarly");
    }
}

package org.kiosk.app.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.kiosk.app.ui.service.QueueTicket;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.printer.EscPosPrinter;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.platform.model.Appointment;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appointment and queue slips through the ESC/POS driver to the printer emulator on loopback TCP. */
class SlipPrinterTest {

    private static final EscPosPrinter.Timing FAST = new EscPosPrinter.Timing(Duration.ofMillis(500), Duration.ofSeconds(5),
            Duration.ofMillis(100), new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    private static final Appointment BOOKED = new Appointment("K7QD-2M4X", "slot-1", SimulatedPlatform.CENTRE,
            SimulatedPlatform.SOCIAL_INSURANCE, OffsetDateTime.parse("2026-11-30T09:00:00+08:00"),
            OffsetDateTime.parse("2026-11-30T09:30:00+08:00"), Appointment.Status.BOOKED, null, "signed.check-in.code");

    @TempDir
    Path out;

    private PrinterEmulator emulator;
    private EscPosPrinter printer;

    @BeforeEach
    void start() throws Exception {
        emulator = PrinterEmulator.builder(out).tcp(0).build();
        emulator.start();
        printer = new EscPosPrinter("printer", PrinterProfile.GENERIC_80MM, new Endpoint.Tcp("127.0.0.1:" + emulator.boundPort()),
                FAST, Clock.systemUTC());
        printer.start();
        assertThat(printer.awaitConnected(Duration.ofSeconds(10))).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
        emulator.close();
    }

    @Test
    void theAppointmentSlipCarriesTheCheckInCode() throws Exception {
        assertThat(new SlipPrinter(printer).print(AppointmentSlips.booked(BOOKED, SimulatedPlatform.CHINA)))
                .isEqualTo(SlipPrinter.Printed.ON_PAPER);

        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
        assertThat(emulator.receipts().getFirst().qrStored()).containsExactly(BOOKED.checkInCode());
        assertThat(String.join("\n", emulator.receipts().getFirst().textLines())).contains("K7QD-2M4X").contains("2026-11-30 09:00 - 09:30");
    }

    @Test
    void theQueueSlipCarriesTheNumber() throws Exception {
        QueueTicket ticket = new QueueTicket("A023", 4, Instant.parse("2026-11-30T00:46:00Z"));
        assertThat(new SlipPrinter(printer).print(AppointmentSlips.queue(ticket, BOOKED, SimulatedPlatform.CHINA)))
                .isEqualTo(SlipPrinter.Printed.ON_PAPER);

        assertThat(emulator.awaitReceipts(1, Duration.ofSeconds(10))).isTrue();
        assertThat(String.join("\n", emulator.receipts().getFirst().textLines())).contains("A023").contains("K7QD-2M4X")
                .contains("2026-11-30 08:46");
    }

    @Test
    void withoutPaperTheSlipIsForTheScreen() throws Exception {
        emulator.setState(PrinterSimState.PAPER_OUT);

        assertThat(new SlipPrinter(printer).print(AppointmentSlips.booked(BOOKED, SimulatedPlatform.CHINA)))
                .isEqualTo(SlipPrinter.Printed.ON_SCREEN_ONLY);
        assertThat(emulator.receipts()).isEmpty();
    }
}

package org.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.StatusEvent;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.PipeTransport;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * The driver's conversation against a scripted device on an in-memory cable: answers to {@code DLE EOT n}
 * are written here by hand from the protocol notes. The emulator over a pty is in {@code PrinterEndToEndTest}.
 */
class EscPosPrinterTest {

    /** Answers DLE EOT 1..4 with the bytes in {@code answers}; collects everything else as print data. */
    static final class ScriptedPrinter implements Runnable {
        final PipeTransport.Cable cable = PipeTransport.cable();
        volatile byte[] answers = {0x12, 0x12, 0x12, 0x12};
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        /** After this many print bytes, the cable is pulled (negative: never). */
        final AtomicInteger unplugAfter = new AtomicInteger(-1);
        private final Thread thread = new Thread(this, "scripted-printer");

        ScriptedPrinter start() {
            thread.setDaemon(true);
            thread.start();
            return this;
        }

        @Override
        public void run() {
            Transport d = cable.device();
            int state = 0;
            byte[] b = new byte[1];
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (!d.isOpen()) {
                        d.open();
                    }
                    d.read(b, 0, 1, Duration.ofMillis(20));
                    int x = b[0] & 0xFF;
                    if (state == 0 && x == 0x10) {
                        state = 1;
                    } else if (state == 1 && x == 0x04) {
                        state = 2;
                    } else if (state == 2 && x >= 1 && x <= 4) {
                        d.write(new byte[] {answers[x - 1]});
                        state = 0;
                    } else {
                        state = 0;
                        synchronized (printed) {
                            printed.write(x);
                            if (printed.size() == unplugAfter.get()) {
                                cable.unplug();
                            }
                        }
                    }
                } catch (TransportException e) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }

        int printedBytes() {
            synchronized (printed) {
                return printed.size();
            }
        }

        void stop() {
            thread.interrupt();
        }
    }

    private ScriptedPrinter device;
    private EscPosPrinter printer;
    private final List<StatusEvent> events = new CopyOnWriteArrayList<>();

    private EscPosPrinter startPrinter(ScriptedPrinter d) throws Exception {
        device = d.start();
        EscPosPrinter.Timing timing = new EscPosPrinter.Timing(Duration.ofMillis(300), Duration.ofSeconds(2),
                Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)));
        printer = new EscPosPrinter("printer", PrinterProfile.GENERIC_80MM, new Endpoint.InMemory(d.cable), timing, Clock.systemUTC());
        printer.addStatusListener(events::add);
        printer.start();
        assertThat(printer.awaitConnected(Duration.ofSeconds(5))).isTrue();
        return printer;
    }

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        if (device != null) {
            device.stop();
        }
    }

    @Test
    void printsAndReportsOnline() throws Exception {
        startPrinter(new ScriptedPrinter());
        PrintResult r = printer.print(SampleReceipts.acceptanceReceipt());
        assertThat(r.bytesSent()).isGreaterThan(100);
        assertThat(r.paperAfter()).isEqualTo(PaperState.FULL);
        awaitPrinted(r.bytesSent());
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(events).anyMatch(e -> e.current().state() == DeviceState.BUSY);
    }

    @Test
    void paperOutRefusesTheJobBeforeAByteIsSent() throws Exception {
        ScriptedPrinter d = new ScriptedPrinter();
        d.answers = new byte[] {0x1A, 0x32, 0x12, 0x72};
        startPrinter(d);
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrinterError.PAPER_OUT);
                    assertThat(e.action()).isEqualTo(ErrorAction.CLEAR);
                });
        assertThat(d.printedBytes()).isZero();
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(((PrinterDetail) printer.status().detail()).paper()).isEqualTo(PaperState.OUT);
    }

    @Test
    void cutterFaultIsAHardwareErrorForATechnician() throws Exception {
        ScriptedPrinter d = new ScriptedPrinter();
        d.answers = new byte[] {0x1A, 0x52, 0x1A, 0x12};
        startPrinter(d);
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.action()).isEqualTo(ErrorAction.MAINTENANCE));
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(d.printedBytes()).isZero();
    }

    @Test
    void paperNearEndIsPushedAsAnEventWithoutPolling() throws Exception {
        ScriptedPrinter d = new ScriptedPrinter();
        startPrinter(d);
        d.answers = new byte[] {0x12, 0x12, 0x12, 0x1E};
        for (int i = 0; i < 200 && events.stream().noneMatch(EscPosPrinterTest::paperLow); i++) {
            Thread.sleep(10);
        }
        assertThat(events).anyMatch(EscPosPrinterTest::paperLow);
        assertThat(printer.print(SampleReceipts.testPage("generic-80mm")).paperAfter()).isEqualTo(PaperState.LOW);
    }

    @Test
    void garbledStatusIsReportedAsSuchAndNothingIsSent() throws Exception {
        ScriptedPrinter d = new ScriptedPrinter();
        startPrinter(d);
        d.answers = new byte[] {(byte) 0xFF, 0x12, 0x12, 0x12};
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.MALFORMED_STATUS))
                .hasMessageContaining("0xFF");
        assertThat(d.printedBytes()).isZero();
    }

    @Test
    void cablePulledMidJobIsAFailureAndThePrinterComesBackByItself() throws Exception {
        ScriptedPrinter d = new ScriptedPrinter();
        d.unplugAfter.set(100);
        startPrinter(d);
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isIn(PrinterError.JOB_INTERRUPTED));
        assertThat(printer.status().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThatThrownBy(() -> printer.print(SampleReceipts.acceptanceReceipt()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.NO_DEVICE));

        d.unplugAfter.set(-1);
        d.cable.plugIn();
        assertThat(printer.awaitConnected(Duration.ofSeconds(5))).isTrue();
        for (int i = 0; i < 200 && printer.status().state() != DeviceState.ONLINE; i++) {
            Thread.sleep(10);
        }
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(printer.print(SampleReceipts.testPage("generic-80mm")).bytesSent()).isPositive();
    }

    private static boolean paperLow(StatusEvent e) {
        return e.current().detail() instanceof PrinterDetail p && p.paper() == PaperState.LOW;
    }

    private void awaitPrinted(int bytes) throws InterruptedException {
        for (int i = 0; i < 200 && device.printedBytes() < bytes; i++) {
            Thread.sleep(10);
        }
        assertThat(device.printedBytes()).isEqualTo(bytes);
    }
}

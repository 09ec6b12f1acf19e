package org.kiosk.app.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.RenderedReceipt;
import org.kiosk.sim.pty.PtyPair;

/**
 * The receipt-printer emulator behind a socat pty pair, for running the kiosk without hardware: the driver
 * opens {@link #serialPort()} with jSerialComm exactly as it would a USB printer's port.
 */
public final class SimulatedPrinter implements AutoCloseable {

    private final PtyPair pty;
    private final PrinterEmulator emulator;

    private SimulatedPrinter(PtyPair pty, PrinterEmulator emulator) {
        this.pty = pty;
        this.emulator = emulator;
    }

    /** Starts the pty pair and the emulator, which renders each cut receipt to a PNG in {@code outputDir}. */
    public static SimulatedPrinter start(Path outputDir) throws IOException {
        PtyPair pty = PtyPair.start();
        try {
            PrinterEmulator emulator = PrinterEmulator.builder(outputDir).serial(pty.devicePath()).build();
            emulator.start();
            return new SimulatedPrinter(pty, emulator);
        } catch (IOException | RuntimeException e) {
            pty.close();
            throw e;
        }
    }

    /** The kiosk's end of the cable. */
    public String serialPort() {
        return pty.hostPath().toString();
    }

    /** Waits for the emulator to have cut {@code count} receipts in all and returns them. */
    public List<RenderedReceipt> awaitReceipts(int count, Duration timeout) throws InterruptedException {
        emulator.awaitReceipts(count, timeout);
        return emulator.receipts();
    }

    @Override
    public void close() {
        emulator.close();
        pty.close();
    }
}

package org.kiosk.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.tools.ExternalTools;

/**
 * The socat pty pairs and emulators a test plugs in, unplugged after each test in the reverse order, so that an
 * emulator stops before its pty goes away. Register with {@code @RegisterExtension}.
 */
final class PluggedDevices implements AfterEachCallback {

    private final List<AutoCloseable> plugged = new ArrayList<>();

    /** A fresh pty pair in its own temporary directory. */
    PtyPair pty() throws IOException {
        ExternalTools.require("socat", "socat");
        return plug(PtyPair.start());
    }

    /** A fresh pty pair whose links are made in a new directory below {@code parent}. */
    PtyPair ptyIn(Path parent) throws IOException {
        ExternalTools.require("socat", "socat");
        return plug(PtyPair.startIn(Files.createTempDirectory(parent, "pty")));
    }

    /** Closes {@code device} after the test; returns it. */
    <T extends AutoCloseable> T plug(T device) {
        plugged.add(device);
        return device;
    }

    /** A printer emulator with paper, on the device end of {@code pty}, keeping its receipts in {@code receipts}. */
    PrinterEmulator printerWithPaper(PtyPair pty, Path receipts) throws IOException {
        PrinterEmulator printer = plug(PrinterEmulator.builder(receipts).serial(pty.devicePath())
                .initialState(PrinterSimState.PAPER_OK).build());
        printer.start();
        return printer;
    }

    /** Scans {@code code} on {@code scanner} every {@code period}, as when a code is held under it, until the test ends. */
    void holdUnder(QrScannerEmulator scanner, String code, Duration period) {
        Thread holder = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(period);
                    scanner.scan(code);
                }
            } catch (InterruptedException stopped) {
                // the test is over
            }
        });
        plug(holder::interrupt);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Collections.reverse(plugged);
        try {
            for (AutoCloseable device : plugged) {
                device.close();
            }
        } finally {
            plugged.clear();
        }
    }
}

package org.kiosk.app.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.DeviceException;
import org.kiosk.device.printer.PrintResult;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.device.printer.pdf.ReceiptPdfException;
import org.kiosk.device.printer.pdf.ReceiptPdfRenderer;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.RenderedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On start, prints the sample acceptance receipt and writes its PDF copy, so whoever starts the kiosk sees the
 * whole printing path work (and, when simulated, where the printed receipt went).
 */
@Component
@ConditionalOnProperty(name = "kiosk.print-sample-on-start", havingValue = "true", matchIfMissing = true)
public class SampleReceiptPrinter implements ApplicationRunner {

    /** The result of one sample run: what the printer did, and the files written. */
    public record Outcome(PrintResult printed, Path pdf, List<Path> pngs) {
    }

    private static final Logger log = LoggerFactory.getLogger(SampleReceiptPrinter.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final ReceiptPrinter printer;
    private final ReceiptPdfRenderer pdf;
    private final KioskProperties kiosk;
    private final ObjectProvider<SimulatedDevice<PrinterEmulator>> simulated;
    private volatile Outcome outcome;

    public SampleReceiptPrinter(ReceiptPrinter printer, ReceiptPdfRenderer pdf, KioskProperties kiosk,
                                ObjectProvider<SimulatedDevice<PrinterEmulator>> simulated) {
        this.printer = printer;
        this.pdf = pdf;
        this.kiosk = kiosk;
        this.simulated = simulated;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, ReceiptPdfException, InterruptedException {
        Path dir = kiosk.outputDir().toAbsolutePath();
        Files.createDirectories(dir);
        Receipt receipt = SampleReceipts.acceptanceReceipt();

        Path pdfFile = dir.resolve("sample-receipt.pdf");
        Files.write(pdfFile, pdf.render(receipt).pdf());

        if (!printer.awaitConnected(CONNECT_TIMEOUT)) {
            log.error("Sample receipt not printed: printer {} not reachable within {} s; PDF copy: {}",
                    printer.identity().connection(), CONNECT_TIMEOUT.toSeconds(), pdfFile);
            return;
        }
        PrintResult printed;
        try {
            printed = printer.print(receipt);
        } catch (DeviceException e) {
            log.error("Sample receipt not printed: {} (to be fixed by: {}); PDF copy: {}", e.getMessage(), e.action(), pdfFile);
            return;
        }
        List<Path> pngs = List.of();
        SimulatedDevice<PrinterEmulator> sim = simulated.getIfAvailable();
        if (sim != null) {
            sim.emulator().awaitReceipts(1, Duration.ofSeconds(10));
            pngs = sim.emulator().receipts().stream().map(RenderedReceipt::png).toList();
        }
        outcome = new Outcome(printed, pdfFile, pngs);
        log.info("Sample receipt printed ({} bytes to {}). Output folder: {}", printed.bytesSent(),
                printer.identity().connection(), dir);
        pngs.forEach(p -> log.info("  printed receipt as the printer emulator saw it: {}", p));
        log.info("  archive copy (PDF): {}", pdfFile);
        log.info("The kiosk keeps watching its devices; stop it with Ctrl-C.");
    }

    /** The last run's outcome; null before a successful run. */
    public Outcome outcome() {
        return outcome;
    }
}

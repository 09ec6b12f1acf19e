package org.kiosk.app.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.PrinterProperties;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.printer.EscPosPrinter;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.device.printer.pdf.ReceiptPdfException;
import org.kiosk.device.printer.pdf.ReceiptPdfOptions;
import org.kiosk.device.printer.pdf.ReceiptPdfRenderer;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.printer.PrinterEmulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The receipt printer as configured under {@code kiosk.printer.*}, and the PDF renderer for archive copies. */
@Configuration(proxyBeanMethods = false)
public class PrinterConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiosk.printer.connection", havingValue = "simulated", matchIfMissing = true)
    SimulatedDevice<PrinterEmulator> simulatedPrinter(KioskProperties kiosk) throws IOException {
        Path out = Files.createDirectories(kiosk.outputDir()).toAbsolutePath();
        return SimulatedDevice.startOrUnplugged("printer", device -> {
            PrinterEmulator emulator = PrinterEmulator.builder(out).serial(device).build();
            emulator.start();
            return emulator;
        });
    }

    @Bean(destroyMethod = "close")
    ReceiptPrinter receiptPrinter(PrinterProperties printer, Optional<SimulatedDevice<PrinterEmulator>> simulated) {
        Endpoint endpoint = switch (printer.connection()) {
            case SIMULATED -> new Endpoint.Serial(SerialSettings.of(simulated.orElseThrow().serialPort(), printer.baudRate()));
            case SERIAL -> new Endpoint.Serial(new SerialSettings(printer.serialPort(), printer.baudRate(), printer.rtsCts()));
            case TCP -> new Endpoint.Tcp(printer.tcpAddress());
        };
        EscPosPrinter.Timing standard = EscPosPrinter.Timing.standard();
        EscPosPrinter.Timing timing = new EscPosPrinter.Timing(standard.statusTimeout(), standard.jobTimeout(),
                printer.pollInterval(), standard.backoff());
        EscPosPrinter driver = new EscPosPrinter("printer", printer.printerProfile(), endpoint, timing, Clock.systemDefaultZone());
        driver.start();
        return driver;
    }

    @Bean
    ReceiptPdfRenderer receiptPdfRenderer(KioskProperties kiosk) throws ReceiptPdfException {
        return new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontFile(kiosk.pdfFont()));
    }
}

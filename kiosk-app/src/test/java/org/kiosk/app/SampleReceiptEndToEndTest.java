package org.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.printer.SampleReceiptPrinter;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.sim.tools.ExternalTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kiosk as {@code scripts/kiosk} starts it: simulated printer behind a pty pair, the sample receipt printed
 * through the real driver, rendered to PNG by the emulator and to PDF for the archive.
 */
@SpringBootTest(properties = "spring.main.keep-alive=false")
class SampleReceiptEndToEndTest {

    @TempDir
    static Path output;

    @DynamicPropertySource
    static void outputDir(DynamicPropertyRegistry registry) {
        registry.add("kiosk.output-dir", output::toString);
    }

    @Autowired
    SampleReceiptPrinter sample;

    @Test
    void startingTheKioskPrintsTheSampleReceiptToPngAndPdf() throws Exception {
        SampleReceiptPrinter.Outcome outcome = sample.outcome();
        assertThat(outcome).as("sample receipt printed on start").isNotNull();

        assertThat(outcome.pngs()).hasSize(1);
        Path png = outcome.pngs().getFirst();
        assertThat(png).startsWith(output);
        assertThat(ExternalTools.zbarimg(png)).containsExactly(SampleReceipts.SAMPLE_TRACKING_URL);

        Path pdf = outcome.pdf();
        assertThat(pdf).startsWith(output).isRegularFile();
        ExternalTools.require("qpdf", "qpdf");
        assertThat(ExternalTools.run("qpdf", "--check", pdf.toString()).exitCode()).isZero();
        ExternalTools.require("pdftotext", "poppler-utils");
        String text = ExternalTools.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").output();
        assertThat(text).contains("受理回执", "居民身份证换领", "4405**********0014");
        assertThat(Files.size(pdf)).isLessThan(100 * 1024);
    }
}

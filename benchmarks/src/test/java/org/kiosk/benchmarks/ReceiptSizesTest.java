package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReceiptSizesTest {

    private static ReceiptSizes sizes;

    @BeforeAll
    static void measure() throws Exception {
        sizes = ReceiptSizes.ofSampleReceipt();
    }

    @Test
    void nativeQrReceiptIsUnderTwoKilobytes() {
        assertThat(sizes.nativeQrBytes()).isPositive().isLessThan(2048);
        assertThat(sizes.nativeQrMeetsTarget()).isTrue();
    }

    @Test
    void rasterQrReceiptIsBiggerThanNativeQr() {
        assertThat(sizes.rasterQrBytes()).isGreaterThan(sizes.nativeQrBytes());
    }

    @Test
    void pdfIsUnderOneHundredKilobytes() {
        assertThat(sizes.pdfBytes()).isPositive().isLessThan(100 * 1024);
        assertThat(sizes.pdfPages()).isEqualTo(1);
        assertThat(sizes.pdfMeetsTarget()).isTrue();
    }

    @Test
    void reportShowsEachFigureAndVerdict() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ReceiptSizeReport.print(sizes, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);

        assertThat(report)
                .contains(Integer.toString(sizes.nativeQrBytes()))
                .contains(Integer.toString(sizes.rasterQrBytes()))
                .contains(Integer.toString(sizes.pdfBytes()))
                .contains("PDF, 1 page")
                .doesNotContain("MISSED");
    }

    @Test
    void missedTargetIsReported() {
        ReceiptSizes tooBig = new ReceiptSizes(4000, 9000, 200_000, 2);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ReceiptSizeReport.print(tooBig, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(tooBig.allTargetsMet()).isFalse();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("MISSED").contains("PDF, 2 pages");
    }
}

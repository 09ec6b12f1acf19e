package org.kiosk.benchmarks;

import java.io.PrintStream;

import org.kiosk.device.printer.escpos.ReceiptEncodingException;
import org.kiosk.device.printer.pdf.ReceiptPdfException;

/**
 * Prints the sizes of the standard sample receipt against their targets. Exits 0 when all targets are met, 1 when
 * one is missed, 2 when the receipt could not be encoded or rendered (for example, the PDF font is missing).
 */
public final class ReceiptSizeReport {

    private static final int TARGET_MISSED = 1;
    private static final int CANNOT_MEASURE = 2;

    private ReceiptSizeReport() {
    }

    public static void main(String[] args) {
        ReceiptSizes sizes;
        try {
            sizes = ReceiptSizes.ofSampleReceipt();
        } catch (ReceiptEncodingException | ReceiptPdfException e) {
            System.err.println("Cannot measure the sample receipt: " + e.getMessage());
            System.exit(CANNOT_MEASURE);
            return;
        }
        print(sizes, System.out);
        if (!sizes.allTargetsMet()) {
            System.exit(TARGET_MISSED);
        }
    }

    static void print(ReceiptSizes sizes, PrintStream out) {
        String row = "%-28s %10s  %-14s %s%n";
        out.printf(row, "Sample receipt", "Bytes", "Target", "Result");
        out.printf(row, "ESC/POS, native QR", sizes.nativeQrBytes(),
                "< " + ReceiptSizes.NATIVE_QR_LIMIT_BYTES + " B", verdict(sizes.nativeQrMeetsTarget()));
        out.printf(row, "ESC/POS, raster QR", sizes.rasterQrBytes(), "-", "-");
        out.printf(row, "PDF, " + sizes.pdfPages() + (sizes.pdfPages() == 1 ? " page" : " pages"), sizes.pdfBytes(),
                "< " + ReceiptSizes.PDF_LIMIT_BYTES / 1024 + " KB", verdict(sizes.pdfMeetsTarget()));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}

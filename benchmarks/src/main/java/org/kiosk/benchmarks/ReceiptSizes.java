package org.kiosk.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.escpos.EscPosEncoder;
import org.kiosk.device.printer.escpos.ReceiptEncodingException;
import org.kiosk.device.printer.pdf.ReceiptPdfException;
import org.kiosk.device.printer.pdf.ReceiptPdfOptions;
import org.kiosk.device.printer.pdf.ReceiptPdfRenderer;
import org.kiosk.device.printer.pdf.RenderedPdf;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.SampleReceipts;

/**
 * The sizes of the standard sample receipt in each output form, and the targets they are held to.
 *
 * @param nativeQrBytes bytes sent to a printer that draws the QR code itself
 * @param rasterQrBytes bytes sent to a printer that is sent the QR code as a raster image
 * @param pdfBytes      size of the PDF with its embedded font subset
 * @param pdfPages      pages of that PDF
 */
public record ReceiptSizes(int nativeQrBytes, int rasterQrBytes, int pdfBytes, int pdfPages) {

    /** Bytes on the wire allowed for the native-QR receipt (the target is "under 2 KB"). */
    public static final int NATIVE_QR_LIMIT_BYTES = 2048;
    /** PDF size allowed, font subset included (the target is "under 100 KB"). */
    public static final int PDF_LIMIT_BYTES = 100 * 1024;

    /** The PDF's size shifts by a few bytes with its creation date; a fixed date makes the reported size repeatable. */
    private static final Clock FIXED_CREATION_DATE = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /**
     * Encodes and renders {@link SampleReceipts#acceptanceReceipt()} with the 80 mm profiles and the default PDF
     * options (apart from a fixed creation date).
     */
    public static ReceiptSizes ofSampleReceipt() throws ReceiptEncodingException, ReceiptPdfException {
        Receipt receipt = SampleReceipts.acceptanceReceipt();
        ReceiptPdfRenderer renderer = new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withClock(FIXED_CREATION_DATE));
        int nativeQr = new EscPosEncoder(PrinterProfile.GENERIC_80MM).encode(receipt).bytes().length;
        int rasterQr = new EscPosEncoder(PrinterProfile.GENERIC_80MM_RASTER_QR).encode(receipt).bytes().length;
        RenderedPdf pdf = renderer.render(receipt);
        return new ReceiptSizes(nativeQr, rasterQr, pdf.pdf().length, pdf.pageCount());
    }

    public boolean nativeQrMeetsTarget() {
        return nativeQrBytes < NATIVE_QR_LIMIT_BYTES;
    }

    public boolean pdfMeetsTarget() {
        return pdfBytes < PDF_LIMIT_BYTES;
    }

    public boolean allTargetsMet() {
        return nativeQrMeetsTarget() && pdfMeetsTarget();
    }
}

package org.kiosk.benchmarks;

import java.util.concurrent.TimeUnit;

import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.escpos.EncodedReceipt;
import org.kiosk.device.printer.escpos.EscPosEncoder;
import org.kiosk.device.printer.escpos.ReceiptEncodingException;
import org.kiosk.device.printer.pdf.ReceiptPdfException;
import org.kiosk.device.printer.pdf.ReceiptPdfRenderer;
import org.kiosk.device.printer.pdf.RenderedPdf;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to turn the standard sample receipt into ESC/POS bytes (native and raster QR) and into a PDF, after warm-up.
 * The defaults fit a run of about half a minute on a two-core kiosk; {@code -f}, {@code -wi}, {@code -i} and
 * {@code -w}/{@code -r} on the command line override them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ReceiptBenchmark {

    private Receipt receipt;
    private EscPosEncoder nativeQrEncoder;
    private EscPosEncoder rasterQrEncoder;
    private ReceiptPdfRenderer pdfRenderer;

    @Setup
    public void setUp() throws ReceiptPdfException {
        receipt = SampleReceipts.acceptanceReceipt();
        nativeQrEncoder = new EscPosEncoder(PrinterProfile.GENERIC_80MM);
        rasterQrEncoder = new EscPosEncoder(PrinterProfile.GENERIC_80MM_RASTER_QR);
        // Loading and parsing the font is a start-up cost, paid once per renderer, not per receipt.
        pdfRenderer = new ReceiptPdfRenderer();
    }

    @Benchmark
    public EncodedReceipt encodeNativeQr() throws ReceiptEncodingException {
        return nativeQrEncoder.encode(receipt);
    }

    @Benchmark
    public EncodedReceipt encodeRasterQr() throws ReceiptEncodingException {
        return rasterQrEncoder.encode(receipt);
    }

    @Benchmark
    public RenderedPdf renderPdf() throws ReceiptPdfException {
        return pdfRenderer.render(receipt);
    }
}

package org.kiosk.device.printer.escpos;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.kiosk.sim.printer.CutMode;
import org.kiosk.sim.printer.EscPosHandler;
import org.kiosk.sim.printer.EscPosInterpreter;
import org.kiosk.sim.printer.Justification;
import org.kiosk.sim.printer.PrintStyle;
import org.kiosk.sim.printer.QrRequest;
import org.kiosk.sim.printer.RasterImage;

/**
 * What a printer makes of the encoder's bytes, as read by the printer emulator's interpreter, which was written
 * from the protocol notes independently of the encoder. Reading is strict: anything a receipt must not contain
 * fails with an AssertionError — a protocol error, a status command, a carriage return, a character outside the
 * printer's two-byte font, text not ended by a line feed, or a command cut short at the end.
 */
final class PrintedJob {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * One line fed by {@code LF}.
     *
     * @param columns half-width columns it takes, counting character width multipliers
     * @param style   the style of its first character (the style in effect at the feed for an empty line)
     */
    record PrintedLine(String text, int columns, PrintStyle style) {
    }

    private final EscPosInterpreter interpreter = new EscPosInterpreter(new Collector());
    private final List<PrintedLine> lines = new ArrayList<>();
    private final List<byte[]> qrData = new ArrayList<>();
    private final List<Integer> qrModuleSizes = new ArrayList<>();
    private final List<RasterDecoding.Raster> rasters = new ArrayList<>();
    private final List<Justification> rasterAlignments = new ArrayList<>();
    private int initialisations;
    private int cuts;

    private final StringBuilder line = new StringBuilder();
    private int lineColumns;
    private PrintStyle lineStyle;

    private PrintedJob() {
    }

    /** Reads a whole job; fails with an AssertionError on anything a receipt must not contain. */
    static PrintedJob read(byte[] bytes) {
        PrintedJob job = new PrintedJob();
        job.interpreter.feed(bytes);
        job.interpreter.endOfInput();
        if (!job.interpreter.protocolErrors().isEmpty()) {
            throw new AssertionError("protocol errors: " + job.interpreter.protocolErrors());
        }
        if (!job.line.isEmpty()) {
            throw new AssertionError("text left without a line feed");
        }
        return job;
    }

    List<PrintedLine> lines() {
        return List.copyOf(lines);
    }

    /** Data of each stored QR symbol ({@code GS ( k} function 80), as sent. */
    List<byte[]> qrData() {
        return List.copyOf(qrData);
    }

    /** Module size of each printed QR symbol. */
    List<Integer> qrModuleSizes() {
        return List.copyOf(qrModuleSizes);
    }

    List<RasterDecoding.Raster> rasters() {
        return List.copyOf(rasters);
    }

    List<Justification> rasterAlignments() {
        return List.copyOf(rasterAlignments);
    }

    int initialisations() {
        return initialisations;
    }

    int cuts() {
        return cuts;
    }

    /** Whether Chinese mode is on at the end of the job. */
    boolean chineseMode() {
        return interpreter.chineseMode();
    }

    /** Whether justification, emphasis and character size are back to their defaults at the end of the job. */
    boolean stylesAreDefault() {
        return interpreter.printStyle().equals(PrintStyle.DEFAULT);
    }

    /** ASCII takes one column and a two-byte GB18030 (GBK) character two; the font has nothing else. */
    private static int columns(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        int length = Character.toString(codePoint).getBytes(GB18030).length;
        if (length != 2) {
            throw new AssertionError(String.format(
                    "U+%04X takes %d GB18030 bytes; the printer's font has two-byte characters only", codePoint, length));
        }
        return 2;
    }

    private final class Collector implements EscPosHandler {

        @Override
        public void text(String text, PrintStyle style) {
            if (line.isEmpty()) {
                lineStyle = style;
            }
            line.append(text);
            text.codePoints().forEach(cp -> lineColumns += columns(cp) * style.widthMultiplier());
        }

        @Override
        public void lineFeed() {
            lines.add(new PrintedLine(line.toString(), lineColumns, line.isEmpty() ? interpreter.printStyle() : lineStyle));
            line.setLength(0);
            lineColumns = 0;
        }

        @Override
        public void carriageReturn() {
            throw new AssertionError("carriage return at offset " + interpreter.currentOffset());
        }

        @Override
        public void initialise() {
            if (!line.isEmpty()) {
                throw new AssertionError("text dropped by ESC @ before a line feed at offset " + interpreter.currentOffset());
            }
            initialisations++;
        }

        @Override
        public void cut(CutMode mode, int feedDots) {
            cuts++;
        }

        @Override
        public void qrDataStored(byte[] data) {
            qrData.add(data);
        }

        @Override
        public void printQr(QrRequest request, Justification justification) {
            qrModuleSizes.add(request.moduleSize());
        }

        @Override
        public void printRaster(RasterImage image, Justification justification) {
            int mode = (image.doubleWidth() ? 1 : 0) | (image.doubleHeight() ? 2 : 0);
            rasters.add(new RasterDecoding.Raster(mode, image.widthBytes(), image.heightDots(), image.data()));
            rasterAlignments.add(justification);
        }

        @Override
        public void automaticStatusBack(int n) {
            throw new AssertionError("automatic status back command in a job at offset " + interpreter.currentOffset());
        }

        @Override
        public void realTimeStatusRequest(int n) {
            throw new AssertionError("real-time status request in a job at offset " + interpreter.currentOffset());
        }
    }
}

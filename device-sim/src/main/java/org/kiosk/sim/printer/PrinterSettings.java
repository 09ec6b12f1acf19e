package org.kiosk.sim.printer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an emulated printer is set up.
 *
 * @param outputDirectory  where {@code receipt-NNNN.png} files are written (created if missing)
 * @param fontFile         TrueType font or collection for text; WenQuanYi Micro Hei by default
 * @param paperSensorBits  bits of the {@code DLE EOT 4} answer for near end and end
 * @param initialState     the scripted state at start
 */
public record PrinterSettings(Path outputDirectory, Path fontFile, PaperSensorBits paperSensorBits,
                              PrinterSimState initialState) {

    /** Debian's WenQuanYi Micro Hei (package fonts-wqy-microhei). */
    public static final Path DEFAULT_FONT = ReceiptRenderer.DEFAULT_FONT;

    public PrinterSettings {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(fontFile, "fontFile");
        Objects.requireNonNull(paperSensorBits, "paperSensorBits");
        Objects.requireNonNull(initialState, "initialState");
    }

    /** Default font, standard sensor bits, paper OK. */
    public static PrinterSettings defaults(Path outputDirectory) {
        return new PrinterSettings(outputDirectory, DEFAULT_FONT, PaperSensorBits.STANDARD, PrinterSimState.PAPER_OK);
    }

    public PrinterSettings withFontFile(Path file) {
        return new PrinterSettings(outputDirectory, file, paperSensorBits, initialState);
    }

    public PrinterSettings withPaperSensorBits(PaperSensorBits bits) {
        return new PrinterSettings(outputDirectory, fontFile, bits, initialState);
    }

    public PrinterSettings withInitialState(PrinterSimState state) {
        return new PrinterSettings(outputDirectory, fontFile, paperSensorBits, state);
    }
}

package org.kiosk.device.printer.pdf;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How receipts are laid out in a PDF.
 *
 * <p>The default lays each receipt out as an 80 mm column centred at the top of an A4 page rather than across the full
 * text width: the A4 copy then breaks lines about where the thermal slip in the citizen's hand does (24 to 25 Chinese
 * characters a line), so staff comparing the two find the same lines, and short lines of 9 pt text read more easily
 * than 180 mm ones. Set {@link #withColumnWidthMm(float)} to the page's text width for a full-width layout.
 *
 * @param fontFile       a TrueType font (.ttf) or TrueType collection (.ttc) with glyf outlines; CFF-based fonts
 *                       such as Noto Sans CJK cannot be embedded by PDFBox
 * @param fontName       the family or PostScript name of the font to take from a collection; ignored for a single .ttf
 * @param pageSize       the page, in points
 * @param columnWidthMm  width of the receipt column, centred on the page
 * @param marginMm       space kept free above, below and beside the column
 * @param baseFontSizePt size of normal text; titles and double-size text are twice this
 * @param clock          gives the document's creation date; a fixed clock makes equal receipts give equal bytes
 */
public record ReceiptPdfOptions(
        Path fontFile,
        String fontName,
        PDRectangle pageSize,
        float columnWidthMm,
        float marginMm,
        float baseFontSizePt,
        Clock clock) {

    /** Where Debian's {@code fonts-wqy-microhei} installs WenQuanYi Micro Hei. */
    public static final Path DEBIAN_WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    public static final String WQY_MICROHEI_NAME = "WenQuanYi Micro Hei";

    static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float MIN_FONT_SIZE_PT = 4f;
    private static final float MAX_FONT_SIZE_PT = 36f;

    public ReceiptPdfOptions {
        Objects.requireNonNull(fontFile, "fontFile");
        Objects.requireNonNull(fontName, "fontName");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(clock, "clock");
        if (fontName.isBlank()) {
            throw new IllegalArgumentException("fontName must not be blank");
        }
        pageSize = new PDRectangle(pageSize.getWidth(), pageSize.getHeight());
        if (!(pageSize.getWidth() > 0 && pageSize.getHeight() > 0)) {
            throw new IllegalArgumentException("pageSize must have a positive width and height, was "
                    + pageSize.getWidth() + " x " + pageSize.getHeight() + " pt");
        }
        if (!(baseFontSizePt >= MIN_FONT_SIZE_PT && baseFontSizePt <= MAX_FONT_SIZE_PT)) {
            throw new IllegalArgumentException("baseFontSizePt must be " + MIN_FONT_SIZE_PT + ".." + MAX_FONT_SIZE_PT
                    + ", was " + baseFontSizePt);
        }
        if (!(marginMm >= 0)) {
            throw new IllegalArgumentException("marginMm must not be negative, was " + marginMm);
        }
        float pageWidthMm = pageSize.getWidth() / POINTS_PER_MM;
        float pageHeightMm = pageSize.getHeight() / POINTS_PER_MM;
        if (!(columnWidthMm > 0 && columnWidthMm + 2 * marginMm <= pageWidthMm)) {
            throw new IllegalArgumentException("columnWidthMm must be positive and leave the margins on the page: 0 < columnWidthMm <= "
                    + (pageWidthMm - 2 * marginMm) + ", was " + columnWidthMm);
        }
        // The tallest line (double-size text) must fit between the top and bottom margins, or no page could hold it.
        float tallestLineMm = 2 * baseFontSizePt * 2 / POINTS_PER_MM;
        if (pageHeightMm - 2 * marginMm < tallestLineMm) {
            throw new IllegalArgumentException("the page is too short for its margins: " + pageHeightMm + " mm high with "
                    + marginMm + " mm margins leaves less than " + tallestLineMm + " mm for a line");
        }
    }

    /** WenQuanYi Micro Hei from its Debian path, an 80 mm column on A4, 9 pt text, the system clock. */
    public static ReceiptPdfOptions defaults() {
        return new ReceiptPdfOptions(DEBIAN_WQY_MICROHEI, WQY_MICROHEI_NAME, PDRectangle.A4, 80f, 15f, 9f,
                Clock.systemDefaultZone());
    }

    @Override
    public PDRectangle pageSize() {
        return new PDRectangle(pageSize.getWidth(), pageSize.getHeight());
    }

    public ReceiptPdfOptions withFontFile(Path file) {
        return new ReceiptPdfOptions(file, fontName, pageSize, columnWidthMm, marginMm, baseFontSizePt, clock);
    }

    public ReceiptPdfOptions withFontName(String name) {
        return new ReceiptPdfOptions(fontFile, name, pageSize, columnWidthMm, marginMm, baseFontSizePt, clock);
    }

    public ReceiptPdfOptions withPageSize(PDRectangle size) {
        return new ReceiptPdfOptions(fontFile, fontName, size, columnWidthMm, marginMm, baseFontSizePt, clock);
    }

    public ReceiptPdfOptions withColumnWidthMm(float widthMm) {
        return new ReceiptPdfOptions(fontFile, fontName, pageSize, widthMm, marginMm, baseFontSizePt, clock);
    }

    public ReceiptPdfOptions withMarginMm(float margin) {
        return new ReceiptPdfOptions(fontFile, fontName, pageSize, columnWidthMm, margin, baseFontSizePt, clock);
    }

    public ReceiptPdfOptions withBaseFontSizePt(float sizePt) {
        return new ReceiptPdfOptions(fontFile, fontName, pageSize, columnWidthMm, marginMm, sizePt, clock);
    }

    public ReceiptPdfOptions withClock(Clock c) {
        return new ReceiptPdfOptions(fontFile, fontName, pageSize, columnWidthMm, marginMm, baseFontSizePt, c);
    }
}

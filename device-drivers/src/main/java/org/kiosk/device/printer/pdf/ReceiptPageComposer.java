package org.kiosk.device.printer.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.ReceiptElement;

import com.google.zxing.common.BitMatrix;

/**
 * Lays receipt elements out top to bottom in one column of one document, starting a new page when the next line or
 * block would run past the bottom margin and when a receipt follows a cut. One instance draws one document.
 */
final class ReceiptPageComposer {

    private static final float POINTS_PER_MM = ReceiptPdfOptions.POINTS_PER_MM;
    /** Thermal receipt printers print 203 dots per inch: images keep the size they have on the slip. */
    private static final float POINTS_PER_PRINTER_DOT = 72f / 203f;
    /** 6 printer dots, as an 80 mm printer prints QR modules: big enough for any phone camera, small enough to fit. */
    private static final float QR_MODULE_MM = 0.75f;
    private static final float LINE_SPACING = 1.3f;
    /** WenQuanYi Micro Hei has no bold face; outlining the glyphs with a thin stroke thickens them instead. */
    private static final float BOLD_STROKE_PER_POINT = 0.035f;
    private static final float SEPARATOR_LINE_WIDTH = 0.5f;

    private final PDDocument document;
    private final PDType0Font font;
    private final PDRectangle pageSize;
    private final float columnLeft;
    private final float columnWidth;
    private final float top;
    private final float bottom;
    private final float ascent;
    private final float descent;
    /** Advance widths of the code points measured so far, in thousandths of the font size. */
    private final Map<Integer, Float> advances = new HashMap<>();

    private PDPageContentStream content;
    private float y;
    private int pageCount;
    private boolean newReceiptPending;

    ReceiptPageComposer(PDDocument document, PDType0Font font, ReceiptPdfOptions options) throws IOException {
        this.document = document;
        this.font = font;
        this.pageSize = options.pageSize();
        this.columnWidth = options.columnWidthMm() * POINTS_PER_MM;
        this.columnLeft = (pageSize.getWidth() - columnWidth) / 2;
        this.top = pageSize.getHeight() - options.marginMm() * POINTS_PER_MM;
        this.bottom = options.marginMm() * POINTS_PER_MM;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        this.ascent = descriptor.getAscent() / 1000f;
        this.descent = Math.abs(descriptor.getDescent()) / 1000f;
        newPage();
    }

    float columnWidth() {
        return columnWidth;
    }

    int pageCount() {
        return pageCount;
    }

    /** Width of the text at the size, in points. */
    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /**
     * The width in points at the size of each code point of the text, for {@link
     * org.kiosk.device.printer.receipt.LineWrapper}. The code points are measured here, where reading the font may
     * fail, so that asking the widths cannot; PDFBox applies no kerning, so they add up to {@link #width}.
     * Line feeds have no width and are not measured.
     */
    IntToDoubleFunction codePointWidths(String text, float size) throws IOException {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\n' && cp != '\r' && !advances.containsKey(cp)) {
                advances.put(cp, font.getStringWidth(Character.toString(cp)));
            }
        }
        return cp -> {
            Float advance = advances.get(cp);
            if (advance == null) {
                throw new IllegalArgumentException("a code point not in the measured text has no known width");
            }
            return advance / 1000f * size;
        };
    }

    /** Text lines, each aligned on its own. */
    void lines(List<String> lines, float size, boolean bold, Alignment alignment) throws IOException {
        startElement();
        for (String line : lines) {
            float baseline = nextLine(size);
            float x = switch (alignment) {
                case LEFT -> columnLeft;
                case CENTER -> columnLeft + (columnWidth - width(line, size)) / 2;
                case RIGHT -> columnLeft + columnWidth - width(line, size);
            };
            show(line, x, baseline, size, bold);
        }
    }

    /**
     * Key lines flush left, then value lines flush right; the first value line shares the last key line when
     * {@code valueBesideKey}, else the values start on the next line.
     */
    void keyValue(List<String> keyLines, List<String> valueLines, boolean valueBesideKey, float size) throws IOException {
        startElement();
        float baseline = 0;
        for (String line : keyLines) {
            baseline = nextLine(size);
            show(line, columnLeft, baseline, size, false);
        }
        for (int i = 0; i < valueLines.size(); i++) {
            if (i > 0 || !valueBesideKey) {
                baseline = nextLine(size);
            }
            String line = valueLines.get(i);
            show(line, columnLeft + columnWidth - width(line, size), baseline, size, false);
        }
    }

    /** A rule across the column, with half a line of space above and below. */
    void separator(float size) throws IOException {
        startElement();
        float height = size * LINE_SPACING;
        makeRoom(height);
        float lineY = y - height / 2;
        content.setLineWidth(SEPARATOR_LINE_WIDTH);
        content.moveTo(columnLeft, lineY);
        content.lineTo(columnLeft + columnWidth, lineY);
        content.stroke();
        y -= height;
    }

    /**
     * A QR code, centred, drawn as filled rectangles (one per horizontal run of dark modules) so that it stays sharp at
     * any zoom and costs about a kilobyte. The matrix must hold one bit per module, quiet zone included.
     */
    void qrCode(BitMatrix modules) throws IOException {
        startElement();
        float moduleSize = Math.min(QR_MODULE_MM * POINTS_PER_MM,
                Math.min(columnWidth / modules.getWidth(), (top - bottom) / modules.getHeight()));
        float side = modules.getWidth() * moduleSize;
        makeRoom(side);
        float left = columnLeft + (columnWidth - side) / 2;
        for (int row = 0; row < modules.getHeight(); row++) {
            float rowBottom = y - (row + 1) * moduleSize;
            int col = 0;
            while (col < modules.getWidth()) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int runStart = col;
                while (col < modules.getWidth() && modules.get(col, row)) {
                    col++;
                }
                content.addRect(left + runStart * moduleSize, rowBottom, (col - runStart) * moduleSize, moduleSize);
            }
        }
        content.fill();
        y -= side;
    }

    /** A monochrome image, centred, at its printed size or smaller if it does not fit the column or a page. */
    void image(ReceiptElement.Image image) throws IOException {
        startElement();
        float scale = Math.min(POINTS_PER_PRINTER_DOT,
                Math.min(columnWidth / image.width(), (top - bottom) / image.height()));
        float width = image.width() * scale;
        float height = image.height() * scale;
        makeRoom(height);
        PDImageXObject xObject = LosslessFactory.createFromImage(document, toBitmap(image));
        content.drawImage(xObject, columnLeft + (columnWidth - width) / 2, y - height, width, height);
        y -= height;
    }

    /** Ends the current receipt: whatever follows starts on a new page. */
    void cut() {
        newReceiptPending = true;
    }

    /** Completes the last page; call once, after the last element. */
    void finish() throws IOException {
        content.close();
    }

    private void startElement() throws IOException {
        if (newReceiptPending && pageHasContent()) {
            newPage();
        }
        newReceiptPending = false;
    }

    /** Moves down one line of the size, to a new page if needed, and returns that line's baseline. */
    private float nextLine(float size) throws IOException {
        float lineHeight = size * LINE_SPACING;
        makeRoom(lineHeight);
        float glyphHeight = (ascent + descent) * size;
        float baseline = y - (lineHeight - glyphHeight) / 2 - ascent * size;
        y -= lineHeight;
        return baseline;
    }

    private void makeRoom(float height) throws IOException {
        if (y - height < bottom && pageHasContent()) {
            newPage();
        }
    }

    private boolean pageHasContent() {
        return y < top;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pageCount++;
        y = top;
    }

    private void show(String text, float x, float baseline, float size, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (bold) {
            content.setLineWidth(size * BOLD_STROKE_PER_POINT);
        }
        content.beginText();
        content.setFont(font, size);
        content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static BufferedImage toBitmap(ReceiptElement.Image image) {
        // TYPE_BYTE_BINARY's palette is 0 = black, 1 = white; LosslessFactory keeps it as a 1-bit grey image.
        BufferedImage bitmap = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = bitmap.getRaster();
        for (int row = 0; row < image.height(); row++) {
            for (int col = 0; col < image.width(); col++) {
                raster.setSample(col, row, 0, image.black(col, row) ? 0 : 1);
            }
        }
        return bitmap;
    }
}

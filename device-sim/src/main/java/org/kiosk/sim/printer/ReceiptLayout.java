package org.kiosk.sim.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a receipt as the printer receives it: characters fill a line buffer that is printed at LF (or when
 * the next character would pass the right edge, as a printer wraps), graphics and feeds are stacked below.
 * Geometry of font A: a half-width character is 12x24 dots, a full-width (CJK) one 24x24, both scaled by the
 * size multipliers; a line's pitch is its tallest character plus {@value #LINE_GAP} dots, 30 dots for plain text.
 */
final class ReceiptLayout {

    static final int HALF_WIDTH_CELL = 12;
    static final int FULL_WIDTH_CELL = 24;
    static final int CELL_HEIGHT = 24;
    static final int LINE_GAP = 6;
    static final int EMPTY_LINE_PITCH = CELL_HEIGHT + LINE_GAP;

    sealed interface Block permits TextLine, Graphic, Feed {
        int height();
    }

    /** One character in its cell; the cell is {@code cellWidth x cellHeight} dots after scaling. */
    record Glyph(int codePoint, int cellWidth, int cellHeight, boolean bold, int widthMultiplier,
                 int heightMultiplier) {
    }

    record TextLine(List<Glyph> glyphs, Justification justification, int width, int tallest) implements Block {
        @Override
        public int height() {
            return tallest + LINE_GAP;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.appendCodePoint(g.codePoint()));
            return sb.toString();
        }
    }

    record Graphic(Bitmap bitmap, Justification justification) implements Block {
        @Override
        public int height() {
            return bitmap.height();
        }
    }

    record Feed(int height) implements Block {
    }

    /** A finished receipt: its blocks top to bottom and the text of each printed line. */
    record Page(List<Block> blocks, List<String> textLines) {
        int height() {
            return blocks.stream().mapToInt(Block::height).sum();
        }
    }

    private final int paperWidth;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Glyph> line = new ArrayList<>();
    private Justification lineJustification = Justification.LEFT;
    private int lineWidth;

    ReceiptLayout(int paperWidth) {
        this.paperWidth = paperWidth;
    }

    void text(String text, PrintStyle style) {
        text.codePoints().forEach(cp -> {
            int base = cp < 0x80 ? HALF_WIDTH_CELL : FULL_WIDTH_CELL;
            Glyph glyph = new Glyph(cp, base * style.widthMultiplier(), CELL_HEIGHT * style.heightMultiplier(),
                    style.bold(), style.widthMultiplier(), style.heightMultiplier());
            if (!line.isEmpty() && lineWidth + glyph.cellWidth() > paperWidth) {
                printLine();
            }
            if (line.isEmpty()) {
                lineJustification = style.justification();
            }
            line.add(glyph);
            lineWidth += glyph.cellWidth();
        });
    }

    void lineFeed() {
        if (line.isEmpty()) {
            blocks.add(new Feed(EMPTY_LINE_PITCH));
        } else {
            printLine();
        }
    }

    /** {@code ESC @} drops characters not yet printed. */
    void clearLineBuffer() {
        line.clear();
        lineWidth = 0;
    }

    void graphic(Bitmap bitmap, Justification justification) {
        printPendingLine();
        blocks.add(new Graphic(bitmap, justification));
    }

    void feed(int dots) {
        printPendingLine();
        if (dots > 0) {
            blocks.add(new Feed(dots));
        }
    }

    /** Ends the receipt at a cut: prints the line buffer and hands the page over. */
    Page finish() {
        printPendingLine();
        List<String> lines = blocks.stream()
                .filter(TextLine.class::isInstance)
                .map(b -> ((TextLine) b).text())
                .toList();
        Page page = new Page(List.copyOf(blocks), lines);
        blocks.clear();
        return page;
    }

    /** Whether anything has been received since the last cut. */
    boolean isEmpty() {
        return blocks.isEmpty() && line.isEmpty();
    }

    /** Forgets the receipt in progress (a job cut off before its cut is never delivered). */
    void discard() {
        blocks.clear();
        clearLineBuffer();
    }

    private void printPendingLine() {
        if (!line.isEmpty()) {
            printLine();
        }
    }

    private void printLine() {
        int tallest = line.stream().mapToInt(Glyph::cellHeight).max().orElse(CELL_HEIGHT);
        blocks.add(new TextLine(List.copyOf(line), lineJustification, lineWidth, tallest));
        clearLineBuffer();
    }
}

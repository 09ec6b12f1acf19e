package org.kiosk.sim.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws a laid-out receipt with Java2D (headless): white paper, black print, one pixel per printer dot,
 * and a white margin of {@value #MARGIN_DOTS} pixels all round so a barcode reader finds a quiet zone even for
 * a QR code at the paper's edge. Text is drawn without antialiasing, as a thermal head prints.
 */
final class ReceiptRenderer {

    /** Debian's WenQuanYi Micro Hei (package fonts-wqy-microhei): TrueType outlines with Latin and CJK glyphs. */
    static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final int MARGIN_DOTS = 24;

    private static final int WHITE = 1;
    private static final int BLACK = 0;

    private final int paperWidth;
    private final Font font;
    private final int baseline;

    ReceiptRenderer(Font baseFont, int paperWidth) {
        this.paperWidth = paperWidth;
        // size the font so that ascent + descent fills the 24-dot cell
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = probe.createGraphics();
        FontMetrics unit = g.getFontMetrics(baseFont.deriveFont(100f));
        float size = 100f * ReceiptLayout.CELL_HEIGHT / (unit.getAscent() + unit.getDescent());
        this.font = baseFont.deriveFont(size);
        FontMetrics metrics = g.getFontMetrics(font);
        this.baseline = metrics.getAscent();
        g.dispose();
    }

    /**
     * Loads the first face of a TrueType file or collection.
     *
     * @throws IOException naming the file and the Debian package when it is missing or not a font
     */
    static Font loadFont(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("font file " + file + " not found (Debian package fonts-wqy-microhei provides "
                    + DEFAULT_FONT + "; another TrueType font can be configured)");
        }
        try {
            Font[] faces = Font.createFonts(file.toFile());
            if (faces.length == 0) {
                throw new IOException("font file " + file + " contains no font");
            }
            return faces[0];
        } catch (FontFormatException e) {
            throw new IOException("font file " + file + " is not a TrueType font or collection: " + e.getMessage(), e);
        }
    }

    BufferedImage render(ReceiptLayout.Page page) {
        int width = paperWidth + 2 * MARGIN_DOTS;
        int height = page.height() + 2 * MARGIN_DOTS;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(font);
            int top = MARGIN_DOTS;
            for (ReceiptLayout.Block block : page.blocks()) {
                switch (block) {
                    case ReceiptLayout.TextLine line -> drawLine(g, line, top);
                    case ReceiptLayout.Graphic graphic -> drawBitmap(image.getRaster(), graphic, top);
                    case ReceiptLayout.Feed ignored -> {
                        // blank paper
                    }
                }
                top += block.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawLine(Graphics2D g, ReceiptLayout.TextLine line, int top) {
        FontMetrics metrics = g.getFontMetrics(font);
        int x = MARGIN_DOTS + offset(line.justification(), line.width());
        for (ReceiptLayout.Glyph glyph : line.glyphs()) {
            int cellTop = top + line.tallest() - glyph.cellHeight();
            drawGlyph(g, metrics, glyph, x, cellTop);
            x += glyph.cellWidth();
        }
    }

    private void drawGlyph(Graphics2D g, FontMetrics metrics, ReceiptLayout.Glyph glyph, int x, int cellTop) {
        if (Character.isWhitespace(glyph.codePoint())) {
            return;
        }
        String s = Character.toString(glyph.codePoint());
        int unscaledCell = glyph.cellWidth() / glyph.widthMultiplier();
        int advance = metrics.stringWidth(s);
        // a proportional glyph wider than its fixed cell is narrowed to fit, as a printer's font A is monospaced
        double squeeze = advance > unscaledCell ? (double) unscaledCell / advance : 1.0;
        double inset = (unscaledCell - advance * squeeze) / 2;
        AffineTransform saved = g.getTransform();
        g.translate(x, cellTop);
        g.scale(glyph.widthMultiplier() * squeeze, glyph.heightMultiplier());
        float gx = (float) (inset / squeeze);
        g.drawString(s, gx, baseline);
        if (glyph.bold()) {
            // emphasis is a double strike one dot to the right
            g.drawString(s, gx + (float) (1 / (glyph.widthMultiplier() * squeeze)), baseline);
        }
        g.setTransform(saved);
    }

    private void drawBitmap(WritableRaster raster, ReceiptLayout.Graphic graphic, int top) {
        Bitmap bitmap = graphic.bitmap();
        int visibleWidth = Math.min(bitmap.width(), paperWidth);
        int left = MARGIN_DOTS + offset(graphic.justification(), visibleWidth);
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < visibleWidth; x++) {
                raster.setSample(left + x, top + y, 0, bitmap.isBlack(x, y) ? BLACK : WHITE);
            }
        }
    }

    private int offset(Justification justification, int contentWidth) {
        int free = Math.max(0, paperWidth - contentWidth);
        return switch (justification) {
            case LEFT -> 0;
            case CENTER -> free / 2;
            case RIGHT -> free;
        };
    }
}

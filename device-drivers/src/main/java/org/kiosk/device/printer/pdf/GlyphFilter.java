package org.kiosk.device.printer.pdf;

import java.util.function.IntPredicate;

/**
 * Replaces every character the PDF cannot show with {@code ?} and counts them: PDFBox throws on a character its font
 * has no glyph for, and a receipt must print whatever text reaches it.
 *
 * <p>Besides characters missing from the font, these are replaced even where the font happens to draw something:
 * control characters other than the line feed (the one that has a meaning here: a line break), private-use
 * characters (their meaning is private to some other system, so neither a reader nor text extraction can trust
 * them), lone surrogates and unassigned code points. {@code \r\n} counts as a single line feed.
 */
public final class GlyphFilter {

    private static final int REPLACEMENT = '?';

    private final IntPredicate fontHasGlyph;
    private int replaced;

    public GlyphFilter(IntPredicate fontHasGlyph) {
        this.fontHasGlyph = fontHasGlyph;
    }

    /** The text with unshowable characters replaced; line feeds are kept for the caller to break lines at. */
    public String filter(String text) {
        String normalised = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n' || showable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(REPLACEMENT);
                replaced++;
            }
        });
        return out.toString();
    }

    /** Characters replaced so far. */
    int replaced() {
        return replaced;
    }

    private boolean showable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> fontHasGlyph.test(cp);
        };
    }
}

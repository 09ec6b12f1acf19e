package org.kiosk.device.printer.escpos;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Wraps text into lines of at most a given number of columns.
 * <ul>
 *   <li>Line breaks in the text ({@code \n}, {@code \r\n}, {@code \r}) start a new line.</li>
 *   <li>Latin words break at spaces; the spaces at a break and at the end of a paragraph are dropped,
 *       since they print as nothing.</li>
 *   <li>A line may break before or after any wide (CJK) character, except before closing punctuation
 *       such as {@code ，。」} or after opening punctuation such as {@code 「（}.</li>
 *   <li>A word longer than a line is broken hard, between code points, so a surrogate pair or a
 *       character with its combining marks is never split and a two-column character never straddles the edge.</li>
 * </ul>
 * Code point widths come from a function (default {@link DisplayWidth#of(int)}), because a printer may print
 * some characters wider than a terminal would.
 */
public final class LineWrapper {

    private enum Kind { SPACE, WORD, WIDE }

    /** Punctuation that must not start a line: it stays with the character before it. */
    private static final String CLOSING = "，。、；：？！）》」』】〕〉〗”’…‥·%‰,.;:?!)]}";
    /** Punctuation that must not end a line: it stays with the character after it. */
    private static final String OPENING = "（《「『【〔〈〖“‘([{";

    private static final class Unit {
        final Kind kind;
        final StringBuilder text = new StringBuilder();
        int width;

        Unit(Kind kind) {
            this.kind = kind;
        }
    }

    private LineWrapper() {
    }

    /** Wraps by {@link DisplayWidth}. */
    public static List<String> wrap(String text, int columns) {
        return wrap(text, columns, DisplayWidth::of);
    }

    /**
     * Wraps with the given width of each code point.
     *
     * @param columns at least 2, so that every character fits on a line
     * @param widthOf columns of a code point, 0 to 2
     * @return at least one line; an empty text gives one empty line
     * @throws IllegalArgumentException if {@code columns < 2} or {@code widthOf} answers outside 0..2
     */
    public static List<String> wrap(String text, int columns, IntUnaryOperator widthOf) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be at least 2 so a wide character fits, was " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            wrapParagraph(units(paragraph, widthOf), columns, widthOf, lines);
        }
        return lines;
    }

    /** The text split at line breaks, keeping empty paragraphs (also a trailing one). */
    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                paragraphs.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        paragraphs.add(text.substring(start));
        return paragraphs;
    }

    private static List<Unit> units(String paragraph, IntUnaryOperator widthOf) {
        List<Unit> units = new ArrayList<>();
        Unit last = null;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            int width = widthOf.applyAsInt(cp);
            if (width < 0 || width > 2) {
                throw new IllegalArgumentException("width function gave " + width + " for U+"
                        + Integer.toHexString(cp).toUpperCase() + "; allowed 0..2");
            }
            boolean attaches = last != null && last.kind != Kind.SPACE && cp != ' '
                    && (width == 0 || CLOSING.indexOf(cp) >= 0 || OPENING.indexOf(last.text.codePointBefore(last.text.length())) >= 0);
            if (!attaches) {
                Kind kind = cp == ' ' ? Kind.SPACE : DisplayWidth.isWide(cp) ? Kind.WIDE : Kind.WORD;
                // runs of spaces and of narrow characters form one unit; a wide character stands alone
                if (last == null || last.kind != kind || kind == Kind.WIDE) {
                    last = new Unit(kind);
                    units.add(last);
                }
            }
            last.text.appendCodePoint(cp);
            last.width += width;
        }
        return units;
    }

    private static void wrapParagraph(List<Unit> units, int columns, IntUnaryOperator widthOf, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        Unit pendingSpaces = null;
        for (Unit unit : units) {
            if (unit.kind == Kind.SPACE) {
                pendingSpaces = unit;
                continue;
            }
            int spaceWidth = pendingSpaces == null ? 0 : pendingSpaces.width;
            if (lineWidth + spaceWidth + unit.width <= columns) {
                if (pendingSpaces != null) {
                    line.append(pendingSpaces.text);
                }
                line.append(unit.text);
                lineWidth += spaceWidth + unit.width;
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (unit.width <= columns) {
                    line.append(unit.text);
                    lineWidth = unit.width;
                } else {
                    lineWidth = breakHard(unit.text, columns, widthOf, line, lines);
                }
            }
            pendingSpaces = null;
        }
        lines.add(line.toString());
    }

    /** Fills lines with the word code point by code point; returns the width of the unfinished last line. */
    private static int breakHard(CharSequence word, int columns, IntUnaryOperator widthOf, StringBuilder line, List<String> lines) {
        int lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            int width = widthOf.applyAsInt(cp);
            if (lineWidth + width > columns) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(cp);
            lineWidth += width;
        }
        return lineWidth;
    }
}

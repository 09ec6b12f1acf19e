package org.kiosk.device.printer.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * Breaks receipt text into lines no wider than a given width, for every output format. The unit of width is the
 * caller's: printer columns for ESC/POS, points for PDF; the caller gives the width of each code point, since a
 * printer or a font may make a character wider or narrower than Unicode says.
 * <ul>
 *   <li>Line breaks ({@code \n}, {@code \r\n}, {@code \r}) always start a new line. An empty text gives one empty
 *       line, and so does each empty line between or after line breaks.</li>
 *   <li>Latin text breaks at spaces (U+0020; a no-break space keeps its words together). Spaces at a break and at
 *       the end of a line are dropped, since they print as nothing. Spaces that begin a paragraph are kept as its
 *       indentation when they fit on the line with the word after them.</li>
 *   <li>Chinese, Japanese and Korean text, and other East Asian wide characters, may break between any two
 *       characters, except that closing punctuation such as {@code ，。」)} never starts a line and opening
 *       punctuation such as {@code 「（(} never ends one, as Chinese typesetting expects.</li>
 *   <li>Code points that join the character before them (combining marks, zero-width and format characters,
 *       Hangul vowel and final consonant jamo, anything the width function gives no width) stay with it, even
 *       where a font gives a mark a width of its own; below, a character includes the code points joined to it.</li>
 *   <li>A word wider than a line starts on a new line and is broken where each line is full, between characters,
 *       so that as few pieces as possible are split off: a character (a surrogate pair too) is never split, and
 *       none straddles the edge.</li>
 *   <li>A single character wider than a whole line gets a line of its own: the only case of a line wider than the
 *       width.</li>
 * </ul>
 */
public final class LineWrapper {

    /** Punctuation that must not start a line: it stays with the character before it. */
    private static final String CLOSING = "，。、；：？！）］｝》」』】〕〉〗”’…‥·・ー々〆%‰,.;:?!)]}";
    /** Punctuation that must not end a line: it stays with the character after it. */
    private static final String OPENING = "（［｛《「『【〔〈〖“‘([{";

    /** A character with the code points joined to it; {@code base} is its first code point. */
    private record Cluster(String text, int base, double width) {
    }

    /** Characters a line must not break between, unless they are wider than a whole line; or a run of spaces. */
    private static final class Piece {
        final boolean spaces;
        final List<Cluster> clusters = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        double width;

        Piece(boolean spaces) {
            this.spaces = spaces;
        }

        void add(Cluster cluster) {
            clusters.add(cluster);
            text.append(cluster.text());
            width += cluster.width();
        }

        int lastBase() {
            return clusters.getLast().base();
        }
    }

    private LineWrapper() {
    }

    /**
     * Wraps by the given width of each code point.
     *
     * @param maxWidth width of a line, positive and finite
     * @param widthOf  width of a code point, in the unit of {@code maxWidth}, finite and not negative; never asked
     *                 about line breaks
     * @return at least one line, without line breaks
     * @throws IllegalArgumentException if {@code maxWidth} or a width from {@code widthOf} is out of range
     */
    public static List<String> wrap(String text, double maxWidth, IntToDoubleFunction widthOf) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(widthOf, "widthOf");
        if (!(maxWidth > 0 && maxWidth < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("line width must be positive and finite, was " + maxWidth);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            fill(pieces(clusters(paragraph, widthOf)), maxWidth, lines);
        }
        return lines;
    }

    /**
     * Wraps by whole columns, as a monospaced printer prints.
     *
     * @param columnsOf columns of a code point, not negative; {@link DisplayWidth#of(int)} for a terminal's
     * @return at least one line, without line breaks
     * @throws IllegalArgumentException if {@code columns} is not positive or {@code columnsOf} gives a negative width
     */
    public static List<String> wrapColumns(String text, int columns, IntUnaryOperator columnsOf) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be positive, was " + columns);
        }
        Objects.requireNonNull(columnsOf, "columnsOf");
        return wrap(text, columns, columnsOf::applyAsInt);
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

    private static List<Cluster> clusters(String paragraph, IntToDoubleFunction widthOf) {
        List<Cluster> clusters = new ArrayList<>();
        int i = 0;
        while (i < paragraph.length()) {
            int base = paragraph.codePointAt(i);
            int end = i + Character.charCount(base);
            double width = measure(widthOf, base);
            // a mark after a space starts a cluster of its own: spaces at a break are dropped, the mark must not be
            while (base != ' ' && end < paragraph.length()) {
                int next = paragraph.codePointAt(end);
                double nextWidth = measure(widthOf, next);
                if (!joinsPrevious(next, nextWidth)) {
                    break;
                }
                width += nextWidth;
                end += Character.charCount(next);
            }
            clusters.add(new Cluster(paragraph.substring(i, end), base, width));
            i = end;
        }
        return clusters;
    }

    private static List<Piece> pieces(List<Cluster> clusters) {
        List<Piece> pieces = new ArrayList<>();
        Piece last = null;
        for (Cluster cluster : clusters) {
            int cp = cluster.base();
            boolean space = cp == ' ';
            boolean continues;
            if (last == null || last.spaces != space) {
                continues = false;
            } else if (space) {
                continues = true;
            } else {
                int before = last.lastBase();
                continues = CLOSING.indexOf(cp) >= 0 || OPENING.indexOf(before) >= 0
                        || (!breaksAnywhere(before) && !breaksAnywhere(cp));
            }
            if (!continues) {
                last = new Piece(space);
                pieces.add(last);
            }
            last.add(cluster);
        }
        return pieces;
    }

    private static void fill(List<Piece> pieces, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        Piece spaces = null;
        for (Piece piece : pieces) {
            if (piece.spaces) {
                spaces = piece;
                continue;
            }
            double spacesWidth = spaces == null ? 0 : spaces.width;
            if (lineWidth + spacesWidth + piece.width <= maxWidth) {
                if (spaces != null) {
                    line.append(spaces.text);
                }
                line.append(piece.text);
                lineWidth += spacesWidth + piece.width;
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (piece.width <= maxWidth) {
                    line.append(piece.text);
                    lineWidth = piece.width;
                } else {
                    lineWidth = breakHard(piece, maxWidth, line, lines);
                }
            }
            spaces = null;
        }
        lines.add(line.toString());
    }

    /** Fills lines with the piece cluster by cluster, from an empty line; returns the width of the unfinished last. */
    private static double breakHard(Piece piece, double maxWidth, StringBuilder line, List<String> lines) {
        double lineWidth = 0;
        for (Cluster cluster : piece.clusters) {
            if (lineWidth + cluster.width() > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(cluster.text());
            lineWidth += cluster.width();
        }
        return lineWidth;
    }

    private static double measure(IntToDoubleFunction widthOf, int cp) {
        double width = widthOf.applyAsDouble(cp);
        if (!(width >= 0 && width < Double.POSITIVE_INFINITY)) {
            // the character itself stays out of the message: receipt text may be personal
            throw new IllegalArgumentException("the width function gave " + width
                    + " for a character; widths must be finite and not negative");
        }
        return width;
    }

    private static boolean joinsPrevious(int cp, double width) {
        return width == 0 || DisplayWidth.of(cp) == 0;
    }

    /** Whether a line may break before and after the character: Chinese, Japanese, Korean and other wide text. */
    private static boolean breaksAnywhere(int cp) {
        if (DisplayWidth.isWide(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }
}

package org.kiosk.device.printer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a measured width.
 *
 * <p>Chinese, Japanese and Korean text may break between any two characters; other text breaks at spaces; a word
 * wider than a whole line is cut where the line is full. Closing punctuation (，。) stays on the line of the
 * character before it and opening brackets (（「) with the character after, as Chinese typesetting expects.
 * Line feeds in the text always break. Spaces where a line breaks are dropped; spaces that begin the text are kept
 * as indentation.
 */
final class LineWrapper {

    /** The width of a string at the size being laid out, in the same unit as the line width. */
    @FunctionalInterface
    interface Measure {
        float width(String text) throws IOException;
    }

    private static final String NO_BREAK_BEFORE = ",.;:!?)]}%，。、；：！？）］｝」』》〉】〕〗…‥·・”’ー々〆";
    private static final String NO_BREAK_AFTER = "([{（［｛「『《〈【〔〖“‘";

    private enum Kind { SPACE, WORD, CJK, OPENING }

    private final Measure measure;
    private final float maxWidth;

    LineWrapper(Measure measure, float maxWidth) {
        if (!(maxWidth > 0)) {
            throw new IllegalArgumentException("line width must be positive, was " + maxWidth);
        }
        this.measure = measure;
        this.maxWidth = maxWidth;
    }

    /** The lines of the text; an empty text, or an empty line between line feeds, gives an empty line. */
    List<String> wrap(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, lines);
        }
        return lines;
    }

    /** Whether the text fits on one line. */
    boolean fits(String text) throws IOException {
        return measure.width(text) <= maxWidth;
    }

    private void wrapParagraph(String paragraph, List<String> lines) throws IOException {
        int paragraphStart = lines.size();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        StringBuilder spaces = new StringBuilder();
        for (String atom : atoms(paragraph)) {
            if (atom.equals(" ")) {
                boolean leadingIndent = line.isEmpty() && lines.size() == paragraphStart;
                if (!line.isEmpty() || leadingIndent) {
                    spaces.append(' ');
                }
                continue;
            }
            float spacesWidth = spaces.isEmpty() ? 0 : measure.width(spaces.toString());
            float atomWidth = measure.width(atom);
            if (lineWidth + spacesWidth + atomWidth <= maxWidth) {
                line.append(spaces).append(atom);
                lineWidth += spacesWidth + atomWidth;
            } else if (atomWidth <= maxWidth) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(atom);
                lineWidth = atomWidth;
            } else {
                lineWidth = hardBreak(atom, line, lineWidth, spaces, spacesWidth, lines);
            }
            spaces.setLength(0);
        }
        lines.add(line.toString());
    }

    /** Fills lines with a word too long for any line, character by character; returns the width of the last line. */
    private float hardBreak(String word, StringBuilder line, float lineWidth, StringBuilder spaces, float spacesWidth,
                            List<String> lines) throws IOException {
        float width = lineWidth;
        if (lineWidth + spacesWidth < maxWidth) {
            line.append(spaces);
            width += spacesWidth;
        }
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            String character = Character.toString(cp);
            float characterWidth = measure.width(character);
            if (width + characterWidth > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(character);
            width += characterWidth;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The text cut into pieces that may not be broken inside; a line may break between any two pieces. */
    private static List<String> atoms(String paragraph) {
        List<String> atoms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Kind last = Kind.SPACE;
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            Kind kind = kindOf(cp);
            boolean glue = switch (kind) {
                case SPACE -> false;
                case OPENING -> last == Kind.OPENING || (cp < 0x80 && last == Kind.WORD);
                case CJK -> last == Kind.OPENING || (last != Kind.SPACE && NO_BREAK_BEFORE.indexOf(cp) >= 0);
                case WORD -> last == Kind.WORD || last == Kind.OPENING
                        || (last != Kind.SPACE && NO_BREAK_BEFORE.indexOf(cp) >= 0);
            };
            if (!glue && !current.isEmpty()) {
                atoms.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
            last = kind;
        }
        if (!current.isEmpty()) {
            atoms.add(current.toString());
        }
        return atoms;
    }

    private static Kind kindOf(int cp) {
        if (cp == ' ') {
            return Kind.SPACE;
        }
        if (NO_BREAK_AFTER.indexOf(cp) >= 0) {
            return Kind.OPENING;
        }
        return breaksAnywhere(cp) ? Kind.CJK : Kind.WORD;
    }

    private static boolean breaksAnywhere(int cp) {
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || (block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2018 && cp <= 0x201F);
    }
}

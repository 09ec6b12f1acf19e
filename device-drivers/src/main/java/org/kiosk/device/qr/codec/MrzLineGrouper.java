package org.kiosk.device.qr.codec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kiosk.device.mrz.MrzFormat;
import org.kiosk.device.mrz.MrzParser;

/**
 * Groups the lines a document scanner sends for a machine-readable zone (two or three codes in a row, one per MRZ
 * line) into one zone, and passes every other code on as it is. Pure: the caller gives the time.
 *
 * <p>A code that looks like the first line of a zone (30, 36 or 44 characters of {@code A-Z 0-9 <}, a document
 * code and a state of letters) is held until the lines of its format have come. It is let go as a zone, however
 * many lines it has then (the parser reports a short one as the wrong shape), when the next line does not fit,
 * when another code comes, or when no line has come within the line gap. A single code holding all the lines,
 * separated by CR or LF, is a zone too.
 */
public final class MrzLineGrouper {

    /** What the grouper lets go: a code as it came, or the lines of one zone. */
    public sealed interface Grouped permits Single, Zone {
    }

    public record Single(ScanText text) implements Grouped {
    }

    public record Zone(List<String> lines) implements Grouped {
        public Zone {
            lines = List.copyOf(lines);
        }

        @Override
        public String toString() {
            return "Zone[" + lines.size() + " lines]";
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final long lineGapNanos;
    private final List<String> held = new ArrayList<>(3);
    private long lastLineNanos;

    /** @param lineGap the longest pause between two lines of one zone */
    public MrzLineGrouper(Duration lineGap) {
        if (lineGap.isNegative() || lineGap.isZero()) {
            throw new IllegalArgumentException("the line gap must be positive");
        }
        this.lineGapNanos = lineGap.toNanos();
    }

    /** Takes the next code, received at {@code nanos} ({@link System#nanoTime()} or a test's clock). */
    public List<Grouped> accept(ScanText code, long nanos) {
        Objects.requireNonNull(code);
        List<Grouped> out = new ArrayList<>(expire(nanos));
        String line = code.text().strip();
        if (!held.isEmpty()) {
            if (continuesHeld(line)) {
                held.add(line);
                lastLineNanos = nanos;
                if (held.size() == formatOfHeld().lines()) {
                    out.add(release());
                }
                return out;
            }
            out.add(release());
        }
        List<String> embedded = embeddedLines(code.text());
        if (embedded.size() > 1 && MrzParser.recognise(embedded).isPresent()) {
            out.add(new Zone(embedded));
        } else if (looksLikeFirstLine(line)) {
            held.add(line);
            lastLineNanos = nanos;
        } else {
            out.add(new Single(code));
        }
        return out;
    }

    /** Lets go of held lines that waited longer than the line gap; call it when the line is quiet. */
    public List<Grouped> expire(long nanos) {
        if (!held.isEmpty() && nanos - lastLineNanos >= lineGapNanos) {
            return List.of(release());
        }
        return List.of();
    }

    /** Lets go of held lines now (something else came from the scanner). */
    public List<Grouped> flush() {
        return held.isEmpty() ? List.of() : List.of(release());
    }

    /** Whether lines are held, waiting for the rest of their zone. */
    public boolean isHolding() {
        return !held.isEmpty();
    }

    /** Forgets held lines (the line was lost). */
    public void reset() {
        held.clear();
    }

    private Zone release() {
        Zone zone = new Zone(held);
        held.clear();
        return zone;
    }

    private boolean continuesHeld(String line) {
        MrzFormat format = formatOfHeld();
        return line.length() == format.lineLength() && isMrzText(line) && held.size() < format.lines();
    }

    private MrzFormat formatOfHeld() {
        int length = held.getFirst().length();
        for (MrzFormat format : MrzFormat.values()) {
            if (format.lineLength() == length) {
                return format;
            }
        }
        throw new IllegalStateException("held a line of no MRZ length");
    }

    private static List<String> embeddedLines(String text) {
        return LINE_BREAK.splitAsStream(text.strip()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean looksLikeFirstLine(String line) {
        boolean mrzLength = false;
        for (MrzFormat format : MrzFormat.values()) {
            mrzLength |= line.length() == format.lineLength();
        }
        if (!mrzLength || !isMrzText(line) || !isLetter(line.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 5; i++) {
            if (!isLetter(line.charAt(i)) && line.charAt(i) != '<') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isMrzText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '<')) {
                return false;
            }
        }
        return true;
    }
}

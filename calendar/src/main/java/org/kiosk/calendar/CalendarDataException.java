package org.kiosk.calendar;

/**
 * A calendar data file that cannot be used: malformed, or failing a sanity check. The message names the file
 * and, where one line is at fault, its number.
 */
public final class CalendarDataException extends Exception {

    private final String source;
    private final int line;

    public CalendarDataException(String source, int line, String reason) {
        super(line > 0 ? source + " line " + line + ": " + reason : source + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public CalendarDataException(String source, String reason) {
        this(source, 0, reason);
    }

    /** The file name (or the name given to delivered text). */
    public String source() {
        return source;
    }

    /** The 1-based line at fault, or 0 where the file as a whole is at fault. */
    public int line() {
        return line;
    }
}

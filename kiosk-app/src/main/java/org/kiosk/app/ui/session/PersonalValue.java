package org.kiosk.app.ui.session;

import java.util.Arrays;

/**
 * One item of the citizen's personal data, held as characters that {@link #wipe()} overwrites. {@link #toString()}
 * never shows it; {@link #masked()} shows the first and last four characters of long numbers and the first character
 * of anything shorter.
 */
public final class PersonalValue {

    private char[] chars;

    PersonalValue(char[] source) {
        this.chars = source.clone();
    }

    /** The value, for showing it to its owner on screen. */
    public synchronized String reveal() {
        if (chars == null) {
            throw new IllegalStateException("the value was wiped with its session");
        }
        return new String(chars);
    }

    /** The value masked like {@code 4405**********0014}. */
    public synchronized String masked() {
        if (chars == null) {
            throw new IllegalStateException("the value was wiped with its session");
        }
        int n = chars.length;
        char[] out = new char[n];
        int keep = n >= 10 ? 4 : Math.min(1, n);
        for (int i = 0; i < n; i++) {
            boolean shown = i < keep || (n >= 10 && i >= n - 4);
            out[i] = shown ? chars[i] : '*';
        }
        return new String(out);
    }

    synchronized void wipe() {
        if (chars != null) {
            Arrays.fill(chars, '\0');
            chars = null;
        }
    }

    synchronized boolean isWiped() {
        return chars == null;
    }

    @Override
    public String toString() {
        return "PersonalValue[***]";
    }
}

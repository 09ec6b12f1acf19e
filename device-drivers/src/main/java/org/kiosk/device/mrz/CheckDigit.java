package org.kiosk.device.mrz;

/**
 * The ICAO 9303 check digit: digits count as themselves, {@code A}-{@code Z} as 10-35, the filler {@code <} as 0;
 * the values are weighted 7, 3, 1 repeating and the digit is their sum modulo 10.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /**
     * The check digit of a field.
     *
     * @throws IllegalArgumentException if the field holds a character other than {@code 0-9}, {@code A-Z} and
     *     {@code <} (the message gives its position, not the character)
     */
    public static char of(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += valueAt(field, i) * WEIGHTS[i % WEIGHTS.length];
        }
        return (char) ('0' + sum % 10);
    }

    /**
     * Whether {@code digit} is the field's check digit; a {@code digit} that is not {@code 0-9} never matches.
     *
     * @throws IllegalArgumentException as {@link #of} does
     */
    public static boolean matches(CharSequence field, char digit) {
        return of(field) == digit;
    }

    /** Whether the character may appear in a machine-readable zone at all. */
    static boolean isMrzCharacter(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '<';
    }

    private static int valueAt(CharSequence field, int i) {
        char c = field.charAt(i);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("character " + (i + 1) + " is not allowed in a machine-readable zone");
    }
}

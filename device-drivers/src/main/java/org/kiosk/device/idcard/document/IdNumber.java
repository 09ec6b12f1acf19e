package org.kiosk.device.idcard.document;

/**
 * The GB 11643-1999 citizen identity number check: 17 digits and a check character, {@code X} standing for 10.
 * Resident ID cards, Hong Kong/Macao/Taiwan residence permits and 2023 foreigner cards use it.
 */
public final class IdNumber {

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumber() {
    }

    /** Whether the number has 17 digits and the right check character (upper-case {@code X}). */
    public static boolean isValid(CharSequence number) {
        return number != null && hasValidForm(number)
                && checkCharacter(number.subSequence(0, LENGTH - 1)) == number.charAt(LENGTH - 1);
    }

    /** Whether the number has the shape of one (17 digits and a digit or {@code X}), whatever its check character. */
    public static boolean hasValidForm(CharSequence number) {
        if (number.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return false;
            }
        }
        char last = number.charAt(LENGTH - 1);
        return isAsciiDigit(last) || last == 'X';
    }

    /**
     * The check character for 17 digits.
     *
     * @throws IllegalArgumentException if the argument is not exactly 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 digits expected, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

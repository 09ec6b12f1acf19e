package org.kiosk.platform;

import java.util.Objects;

/**
 * An 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority, entity type,
 * 6-digit administrative division, 9-character organisation code, and a check character computed over the first 17
 * with weights 3^(i-1) mod 31 on the standard's 31-character alphabet (digits and capitals without I, O, Z, S, V).
 */
public record UnifiedSocialCreditCode(String value) {

    public static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("not a unified social credit code: " + problem);
        }
    }

    /** Parses the code at the start of {@code text} (an implementation code begins with one). */
    public static UnifiedSocialCreditCode prefixOf(String text) {
        if (text == null || text.length() < LENGTH) {
            throw new IllegalArgumentException("not a unified social credit code: shorter than " + LENGTH + " characters");
        }
        return new UnifiedSocialCreditCode(text.substring(0, LENGTH));
    }

    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not in the GB 32100 alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Why {@code value} is not a valid code, or null when it is. The message never repeats the value. */
    private static String problem(String value) {
        if (value.length() != LENGTH) {
            return "length " + value.length() + ", expected " + LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return "character " + (i + 1) + " is not in the GB 32100 alphabet (digits and capitals except I, O, Z, S, V)";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return "character " + (i + 1) + " is in the administrative division code and must be a digit";
            }
        }
        char expected = checkCharacter(value);
        if (value.charAt(LENGTH - 1) != expected) {
            return "check character is " + value.charAt(LENGTH - 1) + ", the first 17 characters give " + expected;
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}

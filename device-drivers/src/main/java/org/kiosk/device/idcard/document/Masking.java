package org.kiosk.device.idcard.document;

import java.time.LocalDate;

/**
 * Masked forms of personal fields, for anything a person other than the card holder may see: logs, support
 * screens, {@code toString()}. Each form keeps enough to tell two records apart at a glance and never the
 * whole value. {@code null} gives {@code "null"}.
 */
public final class Masking {

    private static final String NULL = "null";
    private static final int ADDRESS_KEPT = 6;

    private Masking() {
    }

    /**
     * An ID, permit or pass number: 12 characters or more keep the first and last four
     * ({@code 4405**********0014}); 6 to 11 keep the first and last two; shorter ones are all stars.
     */
    public static String number(String number) {
        if (number == null) {
            return NULL;
        }
        int[] points = number.codePoints().toArray();
        int kept = points.length >= 12 ? 4 : points.length >= 6 ? 2 : 0;
        return keep(points, kept, kept, points.length - 2 * kept);
    }

    /** A name: first and last character with a star for each one between ({@code 张*明}); two characters give {@code 张*}. */
    public static String name(String name) {
        if (name == null) {
            return NULL;
        }
        int[] points = name.codePoints().toArray();
        return switch (points.length) {
            case 0 -> "";
            case 1 -> "*";
            case 2 -> keep(points, 1, 0, 1);
            default -> keep(points, 1, 1, points.length - 2);
        };
    }

    /**
     * An address or other free text (an issuing authority): the first six characters at most, and never more
     * than half of it, then four stars whatever the length.
     */
    public static String address(String address) {
        if (address == null) {
            return NULL;
        }
        int[] points = address.codePoints().toArray();
        if (points.length == 0) {
            return "";
        }
        return keep(points, Math.min(ADDRESS_KEPT, points.length / 2), 0, 4);
    }

    /** A birth date: the year only ({@code 1949-**-**}). */
    public static String birthDate(LocalDate date) {
        return date == null ? NULL : String.format("%04d-**-**", date.getYear());
    }

    private static String keep(int[] points, int head, int tail, int stars) {
        StringBuilder masked = new StringBuilder();
        masked.append(new String(points, 0, head));
        masked.append("*".repeat(Math.max(0, stars)));
        masked.append(new String(points, points.length - tail, tail));
        return masked.toString();
    }
}

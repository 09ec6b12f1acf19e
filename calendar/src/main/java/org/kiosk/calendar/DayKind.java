package org.kiosk.calendar;

import java.util.Optional;

/** What a calendar data line says about its date. */
public enum DayKind {
    /** Offices closed all day: a statutory or public holiday, a day of a holiday period, a substitute day. */
    HOLIDAY("holiday"),
    /** A Saturday or Sunday worked in exchange for a day of a holiday period (mainland 调休上班). */
    WORKDAY("workday"),
    /**
     * Offices close at midday (Macao's afternoon exemptions on New Year's Eve and Lunar New Year's Eve). The day
     * still counts as a working day: staff work the morning.
     */
    HALF_DAY("half-day");

    private final String token;

    DayKind(String token) {
        this.token = token;
    }

    /** How the kind is written in a data file. */
    public String token() {
        return token;
    }

    static Optional<DayKind> ofToken(String token) {
        for (DayKind kind : values()) {
            if (kind.token.equals(token)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

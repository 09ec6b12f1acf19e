package org.kiosk.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * When a kiosk is in service: round the clock (a 24-hour self-service room) or the same sessions every day (a kiosk
 * inside a building that closes).
 */
public record KioskHours(List<Session> daily) {

    private static final List<Session> ALL_DAY = List.of(new Session(LocalTime.MIN, LocalTime.MAX));

    public KioskHours {
        daily = List.copyOf(daily);
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("a kiosk needs at least one daily session; use roundTheClock()");
        }
    }

    public static KioskHours roundTheClock() {
        return new KioskHours(ALL_DAY);
    }

    /**
     * Hours from configuration: {@code 24h}, or sessions {@code HH:MM-HH:MM[,...]}.
     *
     * @throws HoursConfigException naming {@code key}
     */
    public static KioskHours parse(String key, String value) throws HoursConfigException {
        if (value.strip().equalsIgnoreCase("24h")) {
            return roundTheClock();
        }
        try {
            List<Session> sessions = Session.parseList(value);
            if (sessions.isEmpty()) {
                throw new HoursConfigException(key, "empty (24h, or HH:MM-HH:MM[,HH:MM-HH:MM...])");
            }
            return new KioskHours(sessions);
        } catch (IllegalArgumentException e) {
            throw new HoursConfigException(key, e.getMessage() + " (24h, or HH:MM-HH:MM[,HH:MM-HH:MM...])");
        }
    }

    /** Whether the kiosk is in service at {@code time} of any day; round the clock includes the last nanosecond. */
    public boolean isOpen(LocalTime time) {
        return daily.equals(ALL_DAY) || daily.stream().anyMatch(s -> s.contains(time));
    }
}

package org.kiosk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * When an appointment's holder may check in with its QR code: from {@code earliest} before the slot starts until
 * {@code grace} after it; later than that the appointment is lost and must be rebooked.
 */
public record CheckInWindow(Duration earliest, Duration grace) {

    public CheckInWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(grace, "grace");
        if (earliest.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("check-in window durations must not be negative");
        }
    }

    /**
     * The window from configuration: {@code earliest-minutes} (default 30) and {@code grace-minutes} (default 15).
     *
     * @throws HoursConfigException naming the key at fault
     */
    public static CheckInWindow fromProperties(Map<String, String> properties) throws HoursConfigException {
        long earliest = 30;
        long grace = 15;
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            switch (entry.getKey()) {
                case "earliest-minutes" -> earliest = minutes(entry.getKey(), entry.getValue());
                case "grace-minutes" -> grace = minutes(entry.getKey(), entry.getValue());
                default -> throw new HoursConfigException(entry.getKey(),
                        "unknown key (allowed: earliest-minutes, grace-minutes)");
            }
        }
        return new CheckInWindow(Duration.ofMinutes(earliest), Duration.ofMinutes(grace));
    }

    /** The outcome of checking in at {@code now} for a slot starting at {@code slotStart}. */
    public CheckInOutcome checkIn(Instant slotStart, Instant now) {
        Instant opens = slotStart.minus(earliest);
        if (now.isBefore(opens)) {
            return new CheckInOutcome.TooEarly(opens);
        }
        if (!now.isAfter(slotStart)) {
            return new CheckInOutcome.OnTime();
        }
        Duration late = Duration.between(slotStart, now);
        return late.compareTo(grace) <= 0 ? new CheckInOutcome.LateWithinGrace(late) : new CheckInOutcome.TooLate(late);
    }

    private static long minutes(String key, String value) throws HoursConfigException {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,4}")) {
            throw new HoursConfigException(key, "'" + text + "' is not a number of minutes (0-9999)");
        }
        return Long.parseLong(text);
    }
}

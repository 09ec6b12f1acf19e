package org.kiosk.app.appointments;

import org.kiosk.app.config.SettingsException;
import org.kiosk.calendar.CheckInWindow;
import org.kiosk.calendar.HoursConfigException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appointments at this kiosk, from {@code kiosk.appointments.*}: {@code earliest-minutes} (default 30) and
 * {@code grace-minutes} (default 15), the check-in window around the slot's start; {@code bookable-matter}, the
 * platform implementation code the kiosk books counter slots for; {@code code-issuer}, the issuer the platform signs
 * appointment QR codes as.
 */
public record AppointmentsSettings(CheckInWindow window, String bookableMatter, String codeIssuer) {

    public static final String PREFIX = "kiosk.appointments.";

    /** Reads the keys under {@code kiosk.appointments.}, given without that prefix. */
    public static AppointmentsSettings fromProperties(Map<String, String> properties) throws SettingsException {
        Map<String, String> window = new LinkedHashMap<>();
        String bookable = "1144010000749982812000110003000";
        String issuer = "gd-platform-sim";
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            switch (entry.getKey()) {
                case "bookable-matter" -> bookable = required(entry.getKey(), value);
                case "code-issuer" -> issuer = required(entry.getKey(), value);
                case "earliest-minutes", "grace-minutes" -> window.put(entry.getKey(), value);
                default -> throw new SettingsException(PREFIX + entry.getKey(),
                        "unknown key (allowed: earliest-minutes, grace-minutes, bookable-matter, code-issuer)");
            }
        }
        try {
            return new AppointmentsSettings(CheckInWindow.fromProperties(window), bookable, issuer);
        } catch (HoursConfigException e) {
            throw new SettingsException(PREFIX + e.key(), e.getMessage().replace("'" + e.key() + "': ", ""));
        }
    }

    private static String required(String key, String value) throws SettingsException {
        if (value.isEmpty()) {
            throw new SettingsException(PREFIX + key, "empty");
        }
        return value;
    }
}

package org.kiosk.app.config;

/** Settings read from flat keys ({@code kiosk.centre.*}, {@code kiosk.appointments.*}) cannot be used; the message names the key. */
public final class SettingsException extends Exception {

    private final String key;

    public SettingsException(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
    }

    /** The full configuration key at fault, e.g. {@code kiosk.centre.hours.working-days}. */
    public String key() {
        return key;
    }
}

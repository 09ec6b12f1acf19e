package org.kiosk.calendar;

/** A service centre's or kiosk's hours configuration that cannot be used; the message names the key. */
public final class HoursConfigException extends Exception {

    private final String key;

    public HoursConfigException(String key, String reason) {
        super("'" + key + "': " + reason);
        this.key = key;
    }

    /** The configuration key at fault. */
    public String key() {
        return key;
    }
}

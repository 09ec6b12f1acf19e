package org.kiosk.platform.model;

/**
 * A service centre with counters.
 *
 * @param cutOff local time {@code HH:mm} after which an application counts from the next working day
 */
public record Centre(String code, LocalizedText name, LocalizedText address, String opens, String closes, String cutOff,
                     Region region) {
}

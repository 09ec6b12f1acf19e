package org.kiosk.platform.model;

/**
 * The citizen-facing theme a matter is listed under (social security, housing, ...), across departments: what a
 * kiosk's home screen groups matters by.
 *
 * @param code stable identifier, lower-case letters, digits and '-'
 */
public record MatterTheme(String code, LocalizedText name) {
}

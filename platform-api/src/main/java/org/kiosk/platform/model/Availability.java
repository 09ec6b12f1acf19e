package org.kiosk.platform.model;

/**
 * When a kiosk offers a matter (local times {@code HH:mm}, {@code 24:00} closing = all day).
 *
 * @param afterHoursAcceptance whether an application outside the centre's office hours is accepted and queued
 */
public record Availability(String kioskOpens, String kioskCloses, boolean afterHoursAcceptance) {
}

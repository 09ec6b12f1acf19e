package org.kiosk.platform.model;

/**
 * The simulator's booking of an appointment that starts now (not part of the real platform), so that a scripted
 * check-in works at any hour: the slot begins at the next whole minute, on any day.
 *
 * @param centreCode         the service centre, as in {@code /api/v1/centres}
 * @param implementationCode a matter that takes counter appointments
 */
public record StartingNowBooking(String centreCode, String implementationCode) {
}

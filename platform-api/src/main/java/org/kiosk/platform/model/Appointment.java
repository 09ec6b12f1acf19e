package org.kiosk.platform.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A counter appointment.
 *
 * @param checkedInAt  when the applicant checked in, or null
 * @param checkInCode  the signed code printed as the slip's QR code
 */
public record Appointment(String code, String slotId, String centreCode, String implementationCode, OffsetDateTime start,
                          OffsetDateTime end, Status status, Instant checkedInAt, String checkInCode) {

    public enum Status { BOOKED, CANCELLED, CHECKED_IN }
}

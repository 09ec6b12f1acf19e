package org.kiosk.platform.sim;

import org.kiosk.platform.model.Appointment;

import java.time.Instant;

/** Issues the platform's QR codes: case tracking on receipts, check-in on appointment slips. */
interface CodeIssuer {

    String trackingCode(String caseNumber, String implementationCode, Instant acceptedAt);

    String checkInCode(String appointmentCode, Appointment booked);

    /** The JWK Set (JSON) of the public keys that verify the codes. */
    String publicKeys();
}

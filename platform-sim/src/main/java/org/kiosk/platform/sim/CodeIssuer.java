package org.kiosk.platform.sim;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Issues the platform's QR codes: case tracking on receipts, check-in on appointment slips, e-ID on phones. */
interface CodeIssuer {

    String trackingCode(String caseNumber, String implementationCode, Instant acceptedAt);

    String checkInCode(String appointmentCode, String centreCode, OffsetDateTime slotStart, OffsetDateTime slotEnd);

    /** The single-use electronic-ID code a phone app shows for {@code authorisationRef}, valid from {@code issuedAt} to {@code expiresAt}. */
    String authorisationCode(String authorisationRef, Instant issuedAt, Instant expiresAt);

    /** The JWK Set (JSON) of the public keys that verify the codes. */
    String publicKeys();
}

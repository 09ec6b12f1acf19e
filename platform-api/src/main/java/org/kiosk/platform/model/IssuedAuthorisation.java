package org.kiosk.platform.model;

import java.time.Instant;

/**
 * An electronic-ID code the simulator issued, as a phone app would show it. The code carries no personal data.
 *
 * @param code             the signed {@code authorisation} code (compact JWS)
 * @param authorisationRef what the kiosk redeems
 * @param expiresAt        the code's {@code exp}
 */
public record IssuedAuthorisation(String code, String authorisationRef, Instant expiresAt) {
}

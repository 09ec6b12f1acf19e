package org.kiosk.platform.model;

import java.time.Instant;

/**
 * @param certificate   the kiosk's certificate (PEM)
 * @param caCertificate the platform CA (PEM), which also issued the platform's server certificate
 */
public record EnrolmentResponse(String kioskId, String certificate, String caCertificate, Instant notAfter) {
}

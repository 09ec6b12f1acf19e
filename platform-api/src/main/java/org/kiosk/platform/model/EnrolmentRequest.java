package org.kiosk.platform.model;

/** @param certificateRequest PKCS#10 request (PEM) whose subject CN is the kiosk id */
public record EnrolmentRequest(String kioskId, String certificateRequest) {
}

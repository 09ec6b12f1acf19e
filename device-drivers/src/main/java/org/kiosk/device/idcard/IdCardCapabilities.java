package org.kiosk.device.idcard;

/**
 * What the reader does.
 *
 * @param readsFingerprints presence-triggered reads include the card's fingerprint templates ({@code 30 10})
 * @param baudRate          the line speed the reader is driven at
 */
public record IdCardCapabilities(boolean readsFingerprints, int baudRate) {
}

package org.kiosk.device.fingerprint;

/**
 * What the module says of itself (ReadSysPara).
 *
 * @param capacity      templates its library holds
 * @param securityLevel 1 (lenient) to 5 (strict)
 * @param packetSize    bytes of template per data packet
 * @param baudRate      its line speed
 */
public record FingerprintCapabilities(int capacity, int securityLevel, int packetSize, int baudRate) {
}

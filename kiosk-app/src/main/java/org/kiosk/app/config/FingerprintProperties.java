package org.kiosk.app.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fingerprint module and person–ID verification: {@code kiosk.fingerprint.*}.
 *
 * @param connection     {@code simulated} (the module emulator over a pseudo-terminal) or {@code serial}
 * @param serialPort     {@code kiosk.fingerprint.serial-port}, preferably {@code /dev/serial/by-id/...}
 * @param baudRate       {@code kiosk.fingerprint.baud-rate}: N × 9600 for N of 1 to 12 (57600 is the factory setting)
 * @param password       {@code kiosk.fingerprint.password}: the module's 32-bit password
 * @param threshold      {@code kiosk.fingerprint.threshold}: the lowest match score that counts as the same finger
 * @param maxAttempts    {@code kiosk.fingerprint.max-attempts}: captures before verification gives up
 * @param captureTimeout {@code kiosk.fingerprint.capture-timeout}: how long each attempt waits for a finger
 */
@ConfigurationProperties("kiosk.fingerprint")
public record FingerprintProperties(
        @DefaultValue("simulated") DeviceConnection connection,
        String serialPort,
        @DefaultValue("57600") int baudRate,
        @DefaultValue("0") long password,
        @DefaultValue("50") int threshold,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("15s") Duration captureTimeout) {

    public FingerprintProperties {
        if (connection == DeviceConnection.SERIAL && (serialPort == null || serialPort.isBlank())) {
            throw new IllegalArgumentException("kiosk.fingerprint.serial-port is required when kiosk.fingerprint.connection=serial");
        }
        if (baudRate % 9600 != 0 || baudRate < 9600 || baudRate > 115200) {
            throw new IllegalArgumentException("kiosk.fingerprint.baud-rate must be N x 9600 for N of 1 to 12 (57600 by default)");
        }
        if (password < 0 || password > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("kiosk.fingerprint.password must be 0 to 4294967295");
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("kiosk.fingerprint.threshold must be at least 1");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("kiosk.fingerprint.max-attempts must be 1 to 10");
        }
        if (!captureTimeout.isPositive()) {
            throw new IllegalArgumentException("kiosk.fingerprint.capture-timeout must be positive (e.g. 15s)");
        }
    }
}

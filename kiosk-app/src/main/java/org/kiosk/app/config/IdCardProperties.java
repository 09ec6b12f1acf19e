package org.kiosk.app.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The GA 467 ID-card reader: {@code kiosk.idcard.*}.
 *
 * @param connection       {@code simulated} (the reader emulator over a pseudo-terminal, a test card on it) or {@code serial}
 * @param serialPort       {@code kiosk.idcard.serial-port}, preferably {@code /dev/serial/by-id/...}
 * @param baudRate         {@code kiosk.idcard.baud-rate}: 115200, 57600, 38400, 19200 or 9600
 * @param pollInterval     {@code kiosk.idcard.poll-interval}: how often the reader is asked whether a card lies on it
 * @param readFingerprints {@code kiosk.idcard.read-fingerprints}: read the card's fingerprint templates too
 */
@ConfigurationProperties("kiosk.idcard")
public record IdCardProperties(
        @DefaultValue("simulated") DeviceConnection connection,
        String serialPort,
        @DefaultValue("115200") int baudRate,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("true") boolean readFingerprints) {

    public IdCardProperties {
        if (connection == DeviceConnection.SERIAL && (serialPort == null || serialPort.isBlank())) {
            throw new IllegalArgumentException("kiosk.idcard.serial-port is required when kiosk.idcard.connection=serial");
        }
        if (baudRate != 115200 && baudRate != 57600 && baudRate != 38400 && baudRate != 19200 && baudRate != 9600) {
            throw new IllegalArgumentException("kiosk.idcard.baud-rate must be one of 115200, 57600, 38400, 19200, 9600");
        }
        if (!pollInterval.isPositive()) {
            throw new IllegalArgumentException("kiosk.idcard.poll-interval must be positive (e.g. 100ms)");
        }
    }
}

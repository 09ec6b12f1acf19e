package org.kiosk.app.config;

import java.time.Duration;
import org.kiosk.device.printer.PrinterProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The receipt printer: {@code kiosk.printer.*}.
 *
 * @param connection   how the printer is reached: {@code simulated} (the emulator, over a pseudo-terminal),
 *                     {@code serial} or {@code tcp}
 * @param profile      the printer model's profile (see {@link PrinterProfile#names()})
 * @param serialPort   {@code kiosk.printer.serial-port}: the port, preferably {@code /dev/serial/by-id/...}
 * @param baudRate     {@code kiosk.printer.baud-rate}
 * @param rtsCts       {@code kiosk.printer.rts-cts}: hardware flow control
 * @param tcpAddress   {@code kiosk.printer.tcp-address}: {@code host:port} of a network printer (raw port 9100)
 * @param pollInterval how often the driver reads the printer's status while idle
 */
@ConfigurationProperties("kiosk.printer")
public record PrinterProperties(
        @DefaultValue("simulated") Connection connection,
        @DefaultValue("generic-80mm") String profile,
        String serialPort,
        @DefaultValue("115200") int baudRate,
        @DefaultValue("false") boolean rtsCts,
        String tcpAddress,
        @DefaultValue("2s") Duration pollInterval) {

    public enum Connection {
        SIMULATED,
        SERIAL,
        TCP
    }

    public PrinterProperties {
        PrinterProfile.byName(profile);
        if (connection == Connection.SERIAL && (serialPort == null || serialPort.isBlank())) {
            throw new IllegalArgumentException("kiosk.printer.serial-port is required when kiosk.printer.connection=serial"
                    + " (e.g. /dev/serial/by-id/usb-...; 'kioskctl ports' lists them)");
        }
        if (connection == Connection.TCP && (tcpAddress == null || !tcpAddress.matches(".+:\\d{1,5}"))) {
            throw new IllegalArgumentException("kiosk.printer.tcp-address must be HOST:PORT (e.g. 192.0.2.10:9100) when kiosk.printer.connection=tcp");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("kiosk.printer.baud-rate must be positive (e.g. 9600, 19200, 38400, 115200)");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("kiosk.printer.poll-interval must be positive (e.g. 2s)");
        }
    }

    public PrinterProfile printerProfile() {
        return PrinterProfile.byName(profile);
    }
}

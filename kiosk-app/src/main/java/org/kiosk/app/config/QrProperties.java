package org.kiosk.app.config;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.Terminator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The QR (and document) scanner in serial mode: {@code kiosk.qr.*}.
 *
 * @param connection      {@code simulated} (the scanner emulator over a pseudo-terminal) or {@code serial}
 * @param serialPort      {@code kiosk.qr.serial-port}, preferably {@code /dev/serial/by-id/...}
 * @param baudRate        {@code kiosk.qr.baud-rate}: one of {@link #BAUD_RATES}
 * @param suffix          {@code kiosk.qr.suffix}: the terminator after each code, {@code CR}, {@code LF}, {@code CRLF}
 *                        or {@code ETX}
 * @param prefix          {@code kiosk.qr.prefix}: bytes before each code in hex (e.g. {@code 02}), empty for none
 * @param maxLength       {@code kiosk.qr.max-length}: the longest code accepted, in bytes
 * @param charsetFallback {@code kiosk.qr.charset-fallback}: {@code none}, or {@code gb18030} to read codes that are
 *                        not UTF-8 as GB18030
 * @param duplicateWindow {@code kiosk.qr.duplicate-window}: a code read again within this time is dropped; 0 keeps
 *                        every reading
 * @param mrzLineGap      {@code kiosk.qr.mrz-line-gap}: the longest pause between the lines of a document's MRZ
 */
@ConfigurationProperties("kiosk.qr")
public record QrProperties(
        @DefaultValue("simulated") DeviceConnection connection,
        String serialPort,
        @DefaultValue("9600") int baudRate,
        @DefaultValue("CR") String suffix,
        @DefaultValue("") String prefix,
        @DefaultValue("4096") int maxLength,
        @DefaultValue("none") String charsetFallback,
        @DefaultValue("2s") Duration duplicateWindow,
        @DefaultValue("300ms") Duration mrzLineGap) {

    public static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200);

    public QrProperties {
        if (connection == DeviceConnection.SERIAL && (serialPort == null || serialPort.isBlank())) {
            throw new IllegalArgumentException("kiosk.qr.serial-port is required when kiosk.qr.connection=serial");
        }
        if (!BAUD_RATES.contains(baudRate)) {
            throw new IllegalArgumentException(
                    "kiosk.qr.baud-rate must be one of 1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200");
        }
        if (Terminator.named(suffix).isEmpty()) {
            throw new IllegalArgumentException("kiosk.qr.suffix must be CR, LF, CRLF or ETX, got '" + suffix + "'");
        }
        if (prefix.length() > 16 || !prefix.strip().matches("([0-9A-Fa-f]{2})*")) {
            throw new IllegalArgumentException("kiosk.qr.prefix must be empty or 1 to 8 bytes in hex, e.g. 02");
        }
        if (maxLength < 1 || maxLength > Framing.LARGEST_MAX_LENGTH) {
            throw new IllegalArgumentException("kiosk.qr.max-length must be 1 to " + Framing.LARGEST_MAX_LENGTH
                    + " bytes (4096 by default)");
        }
        if (!Set.of("none", "gb18030").contains(charsetFallback.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("kiosk.qr.charset-fallback must be none or gb18030, got '"
                    + charsetFallback + "'");
        }
        if (duplicateWindow.isNegative()) {
            throw new IllegalArgumentException("kiosk.qr.duplicate-window must be 0 or more (e.g. 2s)");
        }
        if (!mrzLineGap.isPositive()) {
            throw new IllegalArgumentException("kiosk.qr.mrz-line-gap must be positive (e.g. 300ms)");
        }
        try {
            framing(suffix, prefix, maxLength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.qr.prefix and kiosk.qr.suffix: " + e.getMessage());
        }
    }

    /** Prefix, terminator and maximum length as the driver takes them. */
    public Framing framing() {
        return framing(suffix, prefix, maxLength);
    }

    public boolean gb18030Fallback() {
        return charsetFallback.strip().equalsIgnoreCase("gb18030");
    }

    /** The prefix's bytes; empty for none. */
    public byte[] prefixBytes() {
        return HexFormat.of().parseHex(prefix.strip());
    }

    private static Framing framing(String suffix, String prefix, int maxLength) {
        return Framing.suffix(Terminator.named(suffix).orElseThrow()).withMaxLength(maxLength)
                .withPrefix(HexFormat.of().parseHex(prefix.strip()));
    }
}

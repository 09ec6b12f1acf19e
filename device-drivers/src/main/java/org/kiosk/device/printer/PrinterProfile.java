package org.kiosk.device.printer;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ESC/POS encoder and the status decoder need to know about one printer model.
 *
 * @param name            the profile's name in configuration, e.g. {@code generic-80mm}
 * @param paperWidthDots  printable width in dots (80 mm paper = 576, 58 mm = 384)
 * @param columns         characters of font A across the paper (a Chinese character takes two)
 * @param charset         the encoding of text in Chinese double-byte mode
 * @param nativeQr        whether the printer renders QR codes itself ({@code GS ( k}); otherwise a raster image is sent
 * @param qrModuleDots    dots per QR module
 * @param paperNearEndMask the bits of the {@code DLE EOT 4} answer that mean paper near end
 * @param paperEndMask     the bits of the {@code DLE EOT 4} answer that mean paper end
 * @param feedLinesBeforeCut lines fed so the last line clears the cutter
 */
public record PrinterProfile(
        String name,
        int paperWidthDots,
        int columns,
        Charset charset,
        boolean nativeQr,
        int qrModuleDots,
        int paperNearEndMask,
        int paperEndMask,
        int feedLinesBeforeCut) {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** An Epson-compatible 80 mm printer with a GB18030 font and native QR. */
    public static final PrinterProfile GENERIC_80MM = new PrinterProfile("generic-80mm", 576, 48, GB18030, true, 6, 0x0C, 0x60, 4);
    /** The same printer driven without {@code GS ( k}: QR codes go as raster images. */
    public static final PrinterProfile GENERIC_80MM_RASTER_QR = new PrinterProfile("generic-80mm-raster-qr", 576, 48, GB18030, false, 6, 0x0C, 0x60, 4);
    /** A 58 mm printer. */
    public static final PrinterProfile GENERIC_58MM = new PrinterProfile("generic-58mm", 384, 32, GB18030, true, 4, 0x0C, 0x60, 4);
    /** Chinese 80 mm mechanisms that report paper near end in bits 5-6 of {@code DLE EOT 4} and paper end in bits 2-3. */
    public static final PrinterProfile CN_80MM_SWAPPED_SENSORS = new PrinterProfile("cn-80mm-swapped-sensors", 576, 48, GB18030, true, 6, 0x60, 0x0C, 4);

    /** The serial speeds receipt printers are set to, the most common factory setting first. */
    public static final List<Integer> SERIAL_BAUD_RATES = List.of(115200, 9600, 19200, 38400, 57600);

    private static final Map<String, PrinterProfile> BY_NAME = new LinkedHashMap<>();

    static {
        for (PrinterProfile p : new PrinterProfile[] {GENERIC_80MM, GENERIC_80MM_RASTER_QR, GENERIC_58MM, CN_80MM_SWAPPED_SENSORS}) {
            BY_NAME.put(p.name(), p);
        }
    }

    public PrinterProfile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(charset);
        if (paperWidthDots <= 0 || paperWidthDots % 8 != 0) {
            throw new IllegalArgumentException("paperWidthDots must be a positive multiple of 8, was " + paperWidthDots);
        }
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive, was " + columns);
        }
        if (qrModuleDots < 1 || qrModuleDots > 16) {
            throw new IllegalArgumentException("qrModuleDots must be 1..16, was " + qrModuleDots);
        }
        if ((paperNearEndMask & paperEndMask) != 0) {
            throw new IllegalArgumentException("paper near-end and paper-end bits overlap");
        }
    }

    /** The profile of that name, or an error naming the allowed names. */
    public static PrinterProfile byName(String name) {
        PrinterProfile p = BY_NAME.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown printer profile '" + name + "'; allowed: " + String.join(", ", BY_NAME.keySet()));
        }
        return p;
    }

    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
    }
}

package org.kiosk.device.printer;

/**
 * What a receipt printer can do.
 *
 * @param paperWidthDots printable width in dots
 * @param nativeQr       prints QR codes itself (otherwise they are sent as images)
 * @param chinese        has a Chinese font
 * @param cutter         cuts the paper
 * @param paperNearEndSensor reports paper near end
 */
public record PrinterCapabilities(int paperWidthDots, boolean nativeQr, boolean chinese, boolean cutter, boolean paperNearEndSensor) {

    public static PrinterCapabilities of(PrinterProfile profile) {
        return new PrinterCapabilities(profile.paperWidthDots(), profile.nativeQr(), true, true, true);
    }
}

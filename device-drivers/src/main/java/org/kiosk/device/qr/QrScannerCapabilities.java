package org.kiosk.device.qr;

import org.kiosk.device.qr.codec.Framing;

/**
 * What the scanner is set up for.
 *
 * @param framing         how codes are framed on the line
 * @param gb18030Fallback whether codes that are not UTF-8 are read as GB18030
 */
public record QrScannerCapabilities(Framing framing, boolean gb18030Fallback) {
}

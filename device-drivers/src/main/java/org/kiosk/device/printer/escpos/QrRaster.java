package org.kiosk.device.printer.escpos;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.qr.image.QrEncoder;
import org.kiosk.device.qr.image.QrEncodingException;

/**
 * QR codes drawn here (with ZXing) and sent as a raster image, for printers without native QR.
 * Error correction M, payload in UTF-8, with the standard quiet zone of four modules.
 */
public final class QrRaster {

    public static final int QUIET_ZONE_MODULES = QrEncoder.STANDARD_QUIET_ZONE_MODULES;

    private QrRaster() {
    }

    /**
     * The QR code of a payload, {@code moduleDots} dots per module, or fewer if needed to fit
     * {@code maxWidthDots} (quiet zone included).
     *
     * @throws ReceiptEncodingException {@link PrinterError#RECEIPT_TOO_LARGE} if the payload does not fit in
     *                                  a QR code or the code does not fit the width even at one dot per module
     * @throws IllegalArgumentException if the payload is empty or a size is not positive
     */
    public static RasterImage render(String payload, int moduleDots, int maxWidthDots) throws ReceiptEncodingException {
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("QR payload is empty");
        }
        if (moduleDots < 1 || maxWidthDots < 1) {
            throw new IllegalArgumentException("module size and width must be positive, were " + moduleDots + " and " + maxWidthDots);
        }
        BitMatrix modules;
        try {
            modules = QrEncoder.modules(payload, ErrorCorrectionLevel.M, QUIET_ZONE_MODULES);
        } catch (QrEncodingException e) {
            throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, e.getMessage(), e);
        }
        int side = modules.getWidth();
        int dots = Math.min(moduleDots, maxWidthDots / side);
        if (dots < 1) {
            throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, "QR code of " + side
                    + " modules (quiet zone included) is wider than the paper's " + maxWidthDots + " dots");
        }
        return RasterImage.pack(side * dots, side * dots, (x, y) -> modules.get(x / dots, y / dots));
    }
}

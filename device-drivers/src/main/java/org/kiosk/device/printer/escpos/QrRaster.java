package org.kiosk.device.printer.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.kiosk.device.printer.PrinterError;

/**
 * QR codes drawn here (with ZXing) and sent as a raster image, for printers without native QR.
 * Error correction M, payload in UTF-8, with the standard quiet zone of four modules.
 */
public final class QrRaster {

    public static final int QUIET_ZONE_MODULES = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

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
            // width and height 0: one pixel per module, we scale ourselves to whole dots
            modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, "QR payload of "
                    + payload.getBytes(StandardCharsets.UTF_8).length + " UTF-8 bytes does not fit in a QR code with error correction M", e);
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

package org.kiosk.device.qr.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws QR codes: as modules (for the printer's raster and the receipt PDF, which scale them themselves), as an image
 * and as PNG bytes (for the on-screen "continue on your phone" code). Payloads are encoded as UTF-8.
 */
public final class QrEncoder {

    /** The quiet zone the QR standard asks for (ISO/IEC 18004 §6.3.8). */
    public static final int STANDARD_QUIET_ZONE_MODULES = 4;

    private QrEncoder() {
    }

    /**
     * The symbol's modules, one bit per module, {@code quietZoneModules} of light border included.
     *
     * @throws QrEncodingException      if the payload is too long for any QR code at that level
     * @throws IllegalArgumentException if the payload is empty or the quiet zone negative
     */
    public static BitMatrix modules(String payload, ErrorCorrectionLevel level, int quietZoneModules)
            throws QrEncodingException {
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("QR payload is empty");
        }
        if (quietZoneModules < 0) {
            throw new IllegalArgumentException("quiet zone must not be negative, was " + quietZoneModules);
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, level,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, quietZoneModules);
        try {
            // width and height 0: one bit per module; callers scale to whole dots or pixels
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new QrEncodingException("a QR payload of " + payload.getBytes(StandardCharsets.UTF_8).length
                    + " UTF-8 bytes is too long for a QR code at error correction level " + level, e);
        }
    }

    /** A black-on-white grey image, {@code modulePixels} pixels per module. */
    public static BufferedImage image(String payload, ErrorCorrectionLevel level, int quietZoneModules,
                                      int modulePixels) throws QrEncodingException {
        if (modulePixels < 1) {
            throw new IllegalArgumentException("module size must be positive, was " + modulePixels);
        }
        BitMatrix modules = modules(payload, level, quietZoneModules);
        int side = modules.getWidth() * modulePixels;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = modules.get(x / modulePixels, y / modulePixels) ? 0 : (byte) 0xFF;
            }
        }
        return image;
    }

    /** {@link #image} as a PNG file's bytes. */
    public static byte[] png(String payload, ErrorCorrectionLevel level, int quietZoneModules, int modulePixels)
            throws QrEncodingException {
        BufferedImage image = image(payload, level, quietZoneModules, modulePixels);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return png.toByteArray();
    }
}

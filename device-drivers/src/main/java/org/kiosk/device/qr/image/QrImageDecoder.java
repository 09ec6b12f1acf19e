package org.kiosk.device.qr.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds and decodes every QR code in a camera frame or image, trying harder passes only when the easier ones found
 * nothing: ZXing's local block threshold, then its global histogram threshold, then a window-mean threshold (for
 * low-contrast codes), then a sharpened copy (for defocus), then a half-size copy (which averages away noise and sharpens blur). Each binarization is also
 * read inverted, for light-on-dark codes (phones in dark mode). Stateless and thread-safe.
 */
public final class QrImageDecoder {

    /**
     * Longer texts are dropped unread: our codes are about 400 characters, and the largest QR code holds 7089 digits,
     * which no legitimate code of ours needs.
     */
    public static final int MAX_TEXT_LENGTH = 4096;

    /** The passes, in the order tried. */
    public enum Pass {
        HYBRID,
        GLOBAL_HISTOGRAM,
        WINDOW_MEAN,
        SHARPENED,
        HALF_SIZE
    }

    private static final Map<DecodeHintType, Object> HINTS = hints();

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        // the text of a symbol without an ECI: ours are ASCII, and UTF-8 is what phones write
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        // honoured by ZXing's single-code readers; the multi reader ignores it, so read() also flips by itself
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        return Map.copyOf(hints);
    }

    public QrDecodeResult decode(BufferedImage image) {
        return decode(GrayFrame.of(image));
    }

    public QrDecodeResult decode(GrayFrame frame) {
        LuminanceSource source = new PlanarYUVLuminanceSource(frame.luminance(), frame.width(), frame.height(), 0, 0,
                frame.width(), frame.height(), false);
        Optional<QrDecodeResult> found = read(source, HybridBinarizer::new, Pass.HYBRID, 1);
        if (found.isEmpty()) {
            found = read(source, GlobalHistogramBinarizer::new, Pass.GLOBAL_HISTOGRAM, 1);
        }
        if (found.isEmpty()) {
            found = read(source, WindowMeanBinarizer::new, Pass.WINDOW_MEAN, 1);
        }
        if (found.isEmpty() && frame.width() >= 3 && frame.height() >= 3) {
            found = read(source(ImageOps.sharpen(frame)), HybridBinarizer::new, Pass.SHARPENED, 1);
        }
        if (found.isEmpty() && frame.width() >= 2 * 160 && frame.height() >= 2 * 160) {
            found = read(source(ImageOps.halfSize(frame)), HybridBinarizer::new, Pass.HALF_SIZE, 2);
        }
        return found.orElse(QrDecodeResult.none());
    }

    private static LuminanceSource source(GrayFrame frame) {
        return new PlanarYUVLuminanceSource(frame.luminance(), frame.width(), frame.height(), 0, 0, frame.width(),
                frame.height(), false);
    }

    /** Reads the binarized frame as it is, then inverted; the inverted read reuses the same binarization. */
    private static Optional<QrDecodeResult> read(LuminanceSource source, Function<LuminanceSource, Binarizer> binarizer,
                                                 Pass pass, int scale) {
        BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(source));
        Result[] results = readAll(bitmap);
        if (results.length == 0) {
            try {
                bitmap.getBlackMatrix().flip();
            } catch (NotFoundException e) {
                return Optional.empty();
            }
            results = readAll(bitmap);
        }
        if (results.length == 0) {
            return Optional.empty();
        }
        List<DecodedQr> codes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int oversize = 0;
        for (Result result : results) {
            String text = result.getText();
            if (text == null || text.length() > MAX_TEXT_LENGTH) {
                oversize++;
            } else if (seen.add(text)) {
                codes.add(new DecodedQr(text, points(result, scale)));
            }
        }
        return Optional.of(new QrDecodeResult(codes, oversize, Optional.of(pass)));
    }

    private static Result[] readAll(BinaryBitmap bitmap) {
        try {
            return new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
        } catch (NotFoundException e) {
            return new Result[0];
        } catch (RuntimeException e) {
            // ZXing's detector can trip over its own geometry on hostile images; treat that as nothing found
            return new Result[0];
        }
    }

    private static List<DecodedQr.Point> points(Result result, int scale) {
        List<DecodedQr.Point> points = new ArrayList<>();
        ResultPoint[] found = result.getResultPoints();
        if (found != null) {
            for (ResultPoint point : found) {
                if (point != null) {
                    points.add(new DecodedQr.Point(point.getX() * scale, point.getY() * scale));
                }
            }
        }
        return points;
    }
}

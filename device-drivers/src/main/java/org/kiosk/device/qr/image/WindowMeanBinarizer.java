package org.kiosk.device.qr.image;

import com.google.zxing.Binarizer;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;

/**
 * A pixel is dark when it is darker than the mean of the window around it by more than a small margin. Unlike
 * ZXing's HybridBinarizer, which treats a flat block as light unless its minimum is far below its neighbours', this
 * keeps the flat centre of a finder pattern dark however little contrast the code has: what a dim phone screen or
 * faded print needs. The window is a few modules wide, computed from an integral image in time linear in the pixels.
 */
final class WindowMeanBinarizer extends Binarizer {

    private static final int RADIUS = 20;
    /** Keeps sensor noise on flat areas from turning into speckle. */
    private static final int MARGIN = 3;

    private BitMatrix matrix;

    WindowMeanBinarizer(LuminanceSource source) {
        super(source);
    }

    @Override
    public BitArray getBlackRow(int y, BitArray row) {
        BitMatrix black = getBlackMatrix();
        return black.getRow(y, row);
    }

    @Override
    public BitMatrix getBlackMatrix() {
        if (matrix == null) {
            matrix = binarize();
        }
        return matrix;
    }

    @Override
    public Binarizer createBinarizer(LuminanceSource source) {
        return new WindowMeanBinarizer(source);
    }

    private BitMatrix binarize() {
        LuminanceSource source = getLuminanceSource();
        int width = source.getWidth();
        int height = source.getHeight();
        byte[] luminance = source.getMatrix();
        int stride = width + 1;
        long[] integral = new long[stride * (height + 1)];
        for (int y = 0; y < height; y++) {
            long rowSum = 0;
            for (int x = 0; x < width; x++) {
                rowSum += luminance[y * width + x] & 0xFF;
                integral[(y + 1) * stride + x + 1] = integral[y * stride + x + 1] + rowSum;
            }
        }
        BitMatrix black = new BitMatrix(width, height);
        for (int y = 0; y < height; y++) {
            int top = Math.max(0, y - RADIUS);
            int bottom = Math.min(height, y + RADIUS + 1);
            for (int x = 0; x < width; x++) {
                int left = Math.max(0, x - RADIUS);
                int right = Math.min(width, x + RADIUS + 1);
                long sum = integral[bottom * stride + right] - integral[top * stride + right]
                        - integral[bottom * stride + left] + integral[top * stride + left];
                int count = (bottom - top) * (right - left);
                if (((luminance[y * width + x] & 0xFF) + MARGIN) * (long) count < sum) {
                    black.set(x, y);
                }
            }
        }
        return black;
    }
}

package org.kiosk.sim.printer;

import com.google.zxing.common.BitMatrix;

import java.util.BitSet;

/** A black-and-white picture in printer dots, already scaled to its printed size. */
final class Bitmap {

    private final int width;
    private final int height;
    private final BitSet black;

    private Bitmap(int width, int height) {
        this.width = width;
        this.height = height;
        this.black = new BitSet(width * height);
    }

    /** The raster as printed: each source dot becomes 1 or 2 dots each way according to the mode flags. */
    static Bitmap fromRaster(RasterImage image) {
        int sx = image.doubleWidth() ? 2 : 1;
        int sy = image.doubleHeight() ? 2 : 1;
        Bitmap bitmap = new Bitmap(image.widthDots() * sx, image.heightDots() * sy);
        for (int y = 0; y < image.heightDots(); y++) {
            for (int x = 0; x < image.widthDots(); x++) {
                if (image.isBlack(x, y)) {
                    bitmap.fill(x * sx, y * sy, sx, sy);
                }
            }
        }
        return bitmap;
    }

    /** A QR matrix without quiet zone, each module {@code moduleSize} dots square. */
    static Bitmap fromQr(BitMatrix modules, int moduleSize) {
        Bitmap bitmap = new Bitmap(modules.getWidth() * moduleSize, modules.getHeight() * moduleSize);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    bitmap.fill(x * moduleSize, y * moduleSize, moduleSize, moduleSize);
                }
            }
        }
        return bitmap;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean isBlack(int x, int y) {
        return black.get(y * width + x);
    }

    private void fill(int x0, int y0, int w, int h) {
        for (int y = y0; y < y0 + h; y++) {
            black.set(y * width + x0, y * width + x0 + w);
        }
    }
}

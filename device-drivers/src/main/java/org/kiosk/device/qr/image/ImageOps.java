package org.kiosk.device.qr.image;

/** The image fixes the decoder falls back on last. */
final class ImageOps {

    private ImageOps() {
    }

    /** Each output pixel the mean of a 2×2 block: halves the noise and makes blur span fewer pixels. */
    static GrayFrame halfSize(GrayFrame frame) {
        int width = frame.width() / 2;
        int height = frame.height() / 2;
        byte[] in = frame.luminance();
        int stride = frame.width();
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int row = 2 * y * stride;
            for (int x = 0; x < width; x++) {
                int at = row + 2 * x;
                int sum = (in[at] & 0xFF) + (in[at + 1] & 0xFF) + (in[at + stride] & 0xFF)
                        + (in[at + stride + 1] & 0xFF);
                out[y * width + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return new GrayFrame(out, width, height);
    }

    /**
     * An unsharp mask: each pixel pushed away from the mean of its 3×3 neighbourhood by as much again, which restores
     * the module edges that defocus smeared. The border rows and columns are kept as they were.
     */
    static GrayFrame sharpen(GrayFrame frame) {
        int width = frame.width();
        int height = frame.height();
        byte[] in = frame.luminance();
        byte[] out = in.clone();
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int at = y * width + x;
                int sum = 0;
                for (int row = at - width; row <= at + width; row += width) {
                    sum += (in[row - 1] & 0xFF) + (in[row] & 0xFF) + (in[row + 1] & 0xFF);
                }
                out[at] = (byte) Math.clamp(2 * (in[at] & 0xFF) - sum / 9, 0, 255);
            }
        }
        return new GrayFrame(out, width, height);
    }
}

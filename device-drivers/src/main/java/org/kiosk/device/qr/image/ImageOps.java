package org.kiosk.device.qr.image;

import java.util.Arrays;

/** The cheap image fixes the decoder falls back on. */
final class ImageOps {

    /** Tiles of this many pixels a side get their own contrast; a module is 3 to 10 pixels in camera frames. */
    private static final int TILE = 32;
    /** A neighbourhood whose darkest and lightest pixels are closer than this is background, not a code. */
    private static final int MIN_SPREAD = 16;

    /**
     * Stretches contrast locally: each pixel is mapped from the darkest..lightest of the 3×3 tiles around it onto
     * 0..255. A dim or washed-out code next to a bright scene gets the contrast the binarizers need, which a global
     * stretch cannot give it; flat areas become white.
     */
    static GrayFrame localContrast(GrayFrame frame) {
        int width = frame.width();
        int height = frame.height();
        byte[] in = frame.luminance();
        int tilesX = (width + TILE - 1) / TILE;
        int tilesY = (height + TILE - 1) / TILE;
        int[] tileMin = new int[tilesX * tilesY];
        int[] tileMax = new int[tilesX * tilesY];
        Arrays.fill(tileMin, 255);
        for (int y = 0; y < height; y++) {
            int rowTiles = (y / TILE) * tilesX;
            for (int x = 0; x < width; x++) {
                int v = in[y * width + x] & 0xFF;
                int t = rowTiles + x / TILE;
                if (v < tileMin[t]) {
                    tileMin[t] = v;
                }
                if (v > tileMax[t]) {
                    tileMax[t] = v;
                }
            }
        }
        byte[] out = new byte[in.length];
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                int low = 255;
                int high = 0;
                for (int ny = Math.max(0, ty - 1); ny <= Math.min(tilesY - 1, ty + 1); ny++) {
                    for (int nx = Math.max(0, tx - 1); nx <= Math.min(tilesX - 1, tx + 1); nx++) {
                        low = Math.min(low, tileMin[ny * tilesX + nx]);
                        high = Math.max(high, tileMax[ny * tilesX + nx]);
                    }
                }
                int spread = high - low;
                for (int y = ty * TILE; y < Math.min(height, (ty + 1) * TILE); y++) {
                    for (int x = tx * TILE; x < Math.min(width, (tx + 1) * TILE); x++) {
                        int at = y * width + x;
                        out[at] = spread < MIN_SPREAD ? (byte) 0xFF
                                : (byte) (((in[at] & 0xFF) - low) * 255 / spread);
                    }
                }
            }
        }
        return new GrayFrame(out, width, height);
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
}

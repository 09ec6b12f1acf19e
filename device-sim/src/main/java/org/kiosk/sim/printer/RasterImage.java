package org.kiosk.sim.printer;

import java.util.Arrays;

/**
 * A {@code GS v 0} raster bit image as received: {@code widthBytes} bytes per row, most significant bit leftmost,
 * 1 = black; the scale flags come from the mode byte m (bit 0 double width, bit 1 double height).
 */
public record RasterImage(int widthBytes, int heightDots, byte[] data, boolean doubleWidth, boolean doubleHeight) {

    public RasterImage {
        if (widthBytes < 1 || heightDots < 1 || data.length != widthBytes * heightDots) {
            throw new IllegalArgumentException("raster of " + widthBytes + " bytes x " + heightDots
                    + " rows needs " + (long) widthBytes * heightDots + " data bytes, got " + data.length);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Width in dots before scaling. */
    public int widthDots() {
        return widthBytes * 8;
    }

    /** Whether the source dot at column x, row y is black. */
    public boolean isBlack(int x, int y) {
        int b = data[y * widthBytes + x / 8] & 0xFF;
        return (b & (0x80 >>> (x % 8))) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RasterImage r && widthBytes == r.widthBytes && heightDots == r.heightDots
                && doubleWidth == r.doubleWidth && doubleHeight == r.doubleHeight && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + widthBytes;
    }

    @Override
    public String toString() {
        return "RasterImage[" + widthBytes + "x" + heightDots + (doubleWidth ? ", double width" : "")
                + (doubleHeight ? ", double height" : "") + "]";
    }
}

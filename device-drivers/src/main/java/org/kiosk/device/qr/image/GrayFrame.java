package org.kiosk.device.qr.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/**
 * A frame as 8-bit luminance, row by row: what ZXing reads. Camera frames and image files arrive as grey, BGR or
 * packed RGB; those are read straight from their buffers, anything else through {@link BufferedImage#getRGB}.
 */
public record GrayFrame(byte[] luminance, int width, int height) {

    public GrayFrame {
        Objects.requireNonNull(luminance, "luminance");
        if (width < 1 || height < 1 || luminance.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " frame needs " + (long) width * height
                    + " luminance bytes, got " + luminance.length);
        }
    }

    public static GrayFrame of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] gray = new byte[width * height];
        boolean plain = image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
        switch (plain ? image.getType() : BufferedImage.TYPE_CUSTOM) {
            case BufferedImage.TYPE_BYTE_GRAY -> System.arraycopy(bytes(image), 0, gray, 0, gray.length);
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] bgr = bytes(image);
                for (int i = 0, p = 0; i < gray.length; i++, p += 3) {
                    gray[i] = (byte) luma(bgr[p + 2] & 0xFF, bgr[p + 1] & 0xFF, bgr[p] & 0xFF);
                }
            }
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
                int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                // TYPE_INT_RGB leaves the alpha byte zero: the pixels are opaque all the same
                int opaque = image.getType() == BufferedImage.TYPE_INT_RGB ? 0xFF000000 : 0;
                for (int i = 0; i < gray.length; i++) {
                    gray[i] = (byte) luma(rgb[i] | opaque);
                }
            }
            default -> {
                int[] row = new int[width];
                for (int y = 0; y < height; y++) {
                    image.getRGB(0, y, width, 1, row, 0, width);
                    for (int x = 0; x < width; x++) {
                        gray[y * width + x] = (byte) luma(row[x]);
                    }
                }
            }
        }
        return new GrayFrame(gray, width, height);
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Transparent pixels count as white, as a code on a transparent PNG is shown on a light page. */
    private static int luma(int argb) {
        int alpha = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int y = luma(r, g, b);
        return (y * alpha + 255 * (255 - alpha)) / 255;
    }

    /** ITU-R BT.601 weights in fixed point, as ZXing's own luminance sources use. */
    private static int luma(int r, int g, int b) {
        return (306 * r + 601 * g + 117 * b + 0x200) >> 10;
    }
}

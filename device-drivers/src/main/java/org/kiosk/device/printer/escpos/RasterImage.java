package org.kiosk.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.receipt.ReceiptElement;

/**
 * A monochrome bitmap packed the way {@code GS v 0} wants it: rows of {@link #bytesPerRow()} bytes, the most
 * significant bit the leftmost dot, 1 = black; dots beyond the width in the last byte of a row are white.
 */
public final class RasterImage {

    /** Tallest image accepted: about one metre of paper at 8 dots per millimetre. */
    public static final int MAX_HEIGHT_DOTS = 8000;

    /**
     * Rows sent in one {@code GS v 0} command. Printers buffer a whole raster command before printing it and
     * some models cap its height (Epson TM-T88: 2303 rows), so tall images go as several bands.
     */
    public static final int MAX_BAND_ROWS = 1024;

    /** The colour of a dot. */
    @FunctionalInterface
    public interface Pixels {
        boolean black(int x, int y);
    }

    private final int widthDots;
    private final int heightDots;
    private final byte[] data;

    private RasterImage(int widthDots, int heightDots, byte[] data) {
        this.widthDots = widthDots;
        this.heightDots = heightDots;
        this.data = data;
    }

    /**
     * Packs a bitmap.
     *
     * @throws IllegalArgumentException if a side is not positive, the width is over {@code 8·65535} dots or the
     *                                  height over {@link #MAX_HEIGHT_DOTS}
     */
    public static RasterImage pack(int widthDots, int heightDots, Pixels pixels) {
        if (widthDots <= 0 || heightDots <= 0 || widthDots > 8 * 0xFFFF || heightDots > MAX_HEIGHT_DOTS) {
            throw new IllegalArgumentException("raster must be 1.." + 8 * 0xFFFF + " x 1.." + MAX_HEIGHT_DOTS
                    + " dots, was " + widthDots + "x" + heightDots);
        }
        int bytesPerRow = (widthDots + 7) / 8;
        byte[] data = new byte[bytesPerRow * heightDots];
        for (int y = 0; y < heightDots; y++) {
            int row = y * bytesPerRow;
            for (int x = 0; x < widthDots; x++) {
                if (pixels.black(x, y)) {
                    data[row + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return new RasterImage(widthDots, heightDots, data);
    }

    /**
     * A receipt image, scaled down to {@code maxWidthDots} if it is wider (keeping its aspect ratio; a dot is
     * black when at least half the source dots it covers are).
     *
     * @throws ReceiptEncodingException {@link PrinterError#RECEIPT_TOO_LARGE} if it is taller than
     *                                  {@link #MAX_HEIGHT_DOTS} after scaling
     */
    public static RasterImage of(ReceiptElement.Image image, int maxWidthDots) throws ReceiptEncodingException {
        if (maxWidthDots <= 0) {
            throw new IllegalArgumentException("maximum width must be positive, was " + maxWidthDots);
        }
        int sourceWidth = image.width();
        int sourceHeight = image.height();
        if (sourceWidth <= maxWidthDots) {
            checkHeight(sourceWidth, sourceHeight, sourceHeight);
            return pack(sourceWidth, sourceHeight, image::black);
        }
        int width = maxWidthDots;
        int height = (int) Math.max(1, Math.round((double) sourceHeight * width / sourceWidth));
        checkHeight(sourceWidth, sourceHeight, height);
        return pack(width, height, (x, y) -> {
            int x0 = (int) ((long) x * sourceWidth / width);
            int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * sourceWidth / width));
            int y0 = (int) ((long) y * sourceHeight / height);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sourceHeight / height));
            int black = 0;
            for (int sy = y0; sy < y1; sy++) {
                for (int sx = x0; sx < x1; sx++) {
                    if (image.black(sx, sy)) {
                        black++;
                    }
                }
            }
            return 2L * black >= (long) (x1 - x0) * (y1 - y0);
        });
    }

    private static void checkHeight(int sourceWidth, int sourceHeight, int height) throws ReceiptEncodingException {
        if (height > MAX_HEIGHT_DOTS) {
            throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, "image of " + sourceWidth + "x"
                    + sourceHeight + " dots is " + height + " dots tall on paper; at most " + MAX_HEIGHT_DOTS + " allowed");
        }
    }

    public int widthDots() {
        return widthDots;
    }

    public int heightDots() {
        return heightDots;
    }

    public int bytesPerRow() {
        return (widthDots + 7) / 8;
    }

    /** The packed rows, {@code bytesPerRow() · heightDots()} bytes. */
    public byte[] data() {
        return data.clone();
    }

    public boolean black(int x, int y) {
        if (x < 0 || x >= widthDots || y < 0 || y >= heightDots) {
            throw new IndexOutOfBoundsException("dot " + x + "," + y + " outside " + widthDots + "x" + heightDots);
        }
        return (data[y * bytesPerRow() + (x >>> 3)] & (0x80 >>> (x & 7))) != 0;
    }

    /** {@code GS v 0} commands printing the image at normal size, one per band of {@link #MAX_BAND_ROWS} rows. */
    public byte[] toCommands() {
        int bytesPerRow = bytesPerRow();
        ByteArrayOutputStream commands = new ByteArrayOutputStream(data.length + 8 * (heightDots / MAX_BAND_ROWS + 1));
        for (int firstRow = 0; firstRow < heightDots; firstRow += MAX_BAND_ROWS) {
            int rows = Math.min(MAX_BAND_ROWS, heightDots - firstRow);
            byte[] band = Arrays.copyOfRange(data, firstRow * bytesPerRow, (firstRow + rows) * bytesPerRow);
            commands.writeBytes(EscPosCommands.rasterImage(0, bytesPerRow, rows, band));
        }
        return commands.toByteArray();
    }
}

package org.kiosk.device.printer.escpos;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads raster images back out of ESC/POS bytes, and QR codes out of raster images, independently of the encoder. */
final class RasterDecoding {

    /** One decoded {@code GS v 0} command. */
    record Raster(int mode, int bytesPerRow, int rows, byte[] data) {
        boolean black(int x, int y) {
            return (data[y * bytesPerRow + x / 8] & (0x80 >>> (x % 8))) != 0;
        }
    }

    private RasterDecoding() {
    }

    /** Every {@code GS v 0} command in a byte stream, read by its header. */
    static List<Raster> rasters(byte[] stream) {
        List<Raster> rasters = new ArrayList<>();
        int at = 0;
        while ((at = Bytes.indexOf(stream, new byte[] {0x1D, 0x76, 0x30}, at)) >= 0) {
            int mode = stream[at + 3];
            int x = (stream[at + 4] & 0xFF) | (stream[at + 5] & 0xFF) << 8;
            int y = (stream[at + 6] & 0xFF) | (stream[at + 7] & 0xFF) << 8;
            byte[] data = java.util.Arrays.copyOfRange(stream, at + 8, at + 8 + x * y);
            rasters.add(new Raster(mode, x, y, data));
            at += 8 + x * y;
        }
        return rasters;
    }

    /** Stacks bands of equal width into one image. */
    static Raster stack(List<Raster> bands) {
        int bytesPerRow = bands.getFirst().bytesPerRow();
        int rows = bands.stream().mapToInt(Raster::rows).sum();
        byte[] data = new byte[bytesPerRow * rows];
        int offset = 0;
        for (Raster band : bands) {
            System.arraycopy(band.data(), 0, data, offset, band.data().length);
            offset += band.data().length;
        }
        return new Raster(0, bytesPerRow, rows, data);
    }

    /** Decodes the QR code in a raster with ZXing's reader, as a phone would see the printout. */
    static String decodeQr(Raster raster) throws NotFoundException, ChecksumException, FormatException {
        int width = raster.bytesPerRow() * 8;
        int height = raster.rows();
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = raster.black(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

package org.kiosk.device.printer.escpos;

import org.kiosk.device.printer.receipt.Alignment;

/**
 * The ESC/POS commands the encoder and the driver use, as byte arrays. Every method returns a fresh array,
 * so callers may keep or change what they get. Arguments outside the command's range give an
 * {@link IllegalArgumentException}.
 */
public final class EscPosCommands {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte FS = 0x1C;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** Print mode bits of {@code ESC !}. */
    public static final int MODE_FONT_B = 0x01;
    public static final int MODE_BOLD = 0x08;
    public static final int MODE_DOUBLE_HEIGHT = 0x10;
    public static final int MODE_DOUBLE_WIDTH = 0x20;
    public static final int MODE_UNDERLINE = 0x80;

    /** QR models for {@link #qrModel(int)}; model 2 is the one phones read. */
    public static final int QR_MODEL_1 = 1;
    public static final int QR_MODEL_2 = 2;

    /** Bytes {@code pL pH} can count, minus the three bytes {@code 31 50 30} that precede the data. */
    public static final int QR_MAX_STORE_BYTES = 0xFFFF - 3;

    /** QR error correction levels as {@code GS ( k} function 169 numbers them. */
    public enum QrErrorCorrection {
        L(0x30), M(0x31), Q(0x32), H(0x33);

        private final int code;

        QrErrorCorrection(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private EscPosCommands() {
    }

    /** {@code ESC @}: clears the print buffer and resets modes to their power-on values. */
    public static byte[] initialise() {
        return new byte[] {ESC, '@'};
    }

    public static byte[] lineFeed() {
        return new byte[] {LF};
    }

    /** {@code ESC a n}: 0 left, 1 centre, 2 right. */
    public static byte[] align(Alignment alignment) {
        int n = switch (alignment) {
            case LEFT -> 0;
            case CENTER -> 1;
            case RIGHT -> 2;
        };
        return new byte[] {ESC, 'a', (byte) n};
    }

    /** {@code ESC E n}: bold on or off. */
    public static byte[] emphasis(boolean on) {
        return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
    }

    /** {@code ESC ! n} with the {@code MODE_*} bits. */
    public static byte[] printMode(int modeBits) {
        return new byte[] {ESC, '!', checkedByte(modeBits, 0, 0xFF, "print mode")};
    }

    /** {@code GS ! n}: character width and height multipliers, each 1 to 8. */
    public static byte[] characterSize(int widthMultiplier, int heightMultiplier) {
        checkRange(widthMultiplier, 1, 8, "width multiplier");
        checkRange(heightMultiplier, 1, 8, "height multiplier");
        return new byte[] {GS, '!', (byte) ((widthMultiplier - 1) << 4 | (heightMultiplier - 1))};
    }

    /** {@code GS V 0} (full) or {@code GS V 1} (partial): cut where the paper is now. */
    public static byte[] cut(boolean partial) {
        return new byte[] {GS, 'V', (byte) (partial ? 1 : 0)};
    }

    /**
     * {@code GS V A n} (full) or {@code GS V B n} (partial): feed the paper to the cutting position plus
     * {@code n} vertical motion units, then cut.
     */
    public static byte[] feedAndCut(boolean partial, int motionUnits) {
        return new byte[] {GS, 'V', (byte) (partial ? 'B' : 'A'), checkedByte(motionUnits, 0, 0xFF, "feed before cut")};
    }

    /** {@code FS &}: text bytes are then read as two-byte Chinese characters where they form one. */
    public static byte[] chineseModeOn() {
        return new byte[] {FS, '&'};
    }

    /** {@code FS .}. */
    public static byte[] chineseModeOff() {
        return new byte[] {FS, '.'};
    }

    /** {@code GS ( k} function 165: QR model 1 or 2. */
    public static byte[] qrModel(int model) {
        checkRange(model, QR_MODEL_1, QR_MODEL_2, "QR model");
        return new byte[] {GS, '(', 'k', 4, 0, 0x31, 0x41, (byte) (0x30 + model), 0};
    }

    /** {@code GS ( k} function 167: dots per module, 1 to 16. */
    public static byte[] qrModuleSize(int dots) {
        return new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x43, checkedByte(dots, 1, 16, "QR module size")};
    }

    /** {@code GS ( k} function 169. */
    public static byte[] qrErrorCorrection(QrErrorCorrection level) {
        return new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x45, (byte) level.code()};
    }

    /** {@code GS ( k} function 180: store the symbol data; {@code pL + 256·pH} counts the data plus {@code 31 50 30}. */
    public static byte[] qrStoreData(byte[] data) {
        if (data.length == 0 || data.length > QR_MAX_STORE_BYTES) {
            throw new IllegalArgumentException("QR data must be 1.." + QR_MAX_STORE_BYTES + " bytes, was " + data.length);
        }
        int length = data.length + 3;
        byte[] command = new byte[8 + data.length];
        command[0] = GS;
        command[1] = '(';
        command[2] = 'k';
        command[3] = (byte) (length & 0xFF);
        command[4] = (byte) (length >>> 8);
        command[5] = 0x31;
        command[6] = 0x50;
        command[7] = 0x30;
        System.arraycopy(data, 0, command, 8, data.length);
        return command;
    }

    /** {@code GS ( k} function 181: print the stored symbol. */
    public static byte[] qrPrint() {
        return new byte[] {GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30};
    }

    /**
     * {@code GS v 0 m xL xH yL yH d…}: a raster bit image.
     *
     * @param mode        0 normal, 1 double width, 2 double height, 3 both
     * @param bytesPerRow x, 1..65535
     * @param rows        y, 1..65535
     * @param data        {@code bytesPerRow · rows} bytes, most significant bit leftmost, 1 = black
     */
    public static byte[] rasterImage(int mode, int bytesPerRow, int rows, byte[] data) {
        checkRange(mode, 0, 3, "raster mode");
        checkRange(bytesPerRow, 1, 0xFFFF, "raster bytes per row");
        checkRange(rows, 1, 0xFFFF, "raster rows");
        if ((long) bytesPerRow * rows != data.length) {
            throw new IllegalArgumentException("raster of " + bytesPerRow + " bytes x " + rows + " rows needs "
                    + (long) bytesPerRow * rows + " data bytes, got " + data.length);
        }
        byte[] command = new byte[8 + data.length];
        command[0] = GS;
        command[1] = 'v';
        command[2] = '0';
        command[3] = (byte) mode;
        command[4] = (byte) (bytesPerRow & 0xFF);
        command[5] = (byte) (bytesPerRow >>> 8);
        command[6] = (byte) (rows & 0xFF);
        command[7] = (byte) (rows >>> 8);
        System.arraycopy(data, 0, command, 8, data.length);
        return command;
    }

    /** {@code DLE EOT n}: real-time status request, n = 1..4. */
    public static byte[] realTimeStatus(int n) {
        return new byte[] {DLE, EOT, checkedByte(n, 1, 4, "DLE EOT query")};
    }

    private static void checkRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", was " + value);
        }
    }

    private static byte checkedByte(int value, int min, int max, String what) {
        checkRange(value, min, max, what);
        return (byte) value;
    }
}

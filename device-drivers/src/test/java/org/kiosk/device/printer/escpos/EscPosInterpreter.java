package org.kiosk.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small reader of the ESC/POS subset, written from the protocol notes, used to check what the encoder
 * emits: it fails on any byte sequence it does not know, tracks the print state and collects printed lines.
 */
final class EscPosInterpreter {

    private static final Charset GB18030 = Charset.forName("GB18030");

    record PrintedLine(String text, int columns, int align, boolean bold, int size) {
    }

    int align;
    boolean bold;
    int size;
    boolean chineseMode;
    int initialisations;
    int cuts;
    final List<PrintedLine> lines = new ArrayList<>();
    final List<byte[]> qrData = new ArrayList<>();
    final List<Integer> qrModuleSizes = new ArrayList<>();
    final List<RasterDecoding.Raster> rasters = new ArrayList<>();
    final List<Integer> rasterAlignments = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineColumns;

    boolean stylesAreDefault() {
        return align == 0 && !bold && size == 0;
    }

    EscPosInterpreter run(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x1B) {
                int cmd = b[i + 1];
                switch (cmd) {
                    case '@' -> {
                        initialisations++;
                        align = 0;
                        bold = false;
                        size = 0;
                        chineseMode = false;
                        i += 2;
                    }
                    case 'a' -> {
                        align = b[i + 2];
                        i += 3;
                    }
                    case 'E' -> {
                        bold = b[i + 2] != 0;
                        i += 3;
                    }
                    default -> throw new AssertionError("unknown ESC command 0x" + Integer.toHexString(cmd) + " at " + i);
                }
            } else if (c == 0x1C) {
                switch (b[i + 1]) {
                    case '&' -> chineseMode = true;
                    case '.' -> chineseMode = false;
                    default -> throw new AssertionError("unknown FS command at " + i);
                }
                i += 2;
            } else if (c == 0x1D) {
                int cmd = b[i + 1];
                switch (cmd) {
                    case '!' -> {
                        size = b[i + 2] & 0xFF;
                        i += 3;
                    }
                    case 'V' -> {
                        int m = b[i + 2];
                        cuts++;
                        i += (m == 'A' || m == 'B') ? 4 : 3;
                    }
                    case '(' -> {
                        if (b[i + 2] != 'k') {
                            throw new AssertionError("unknown GS ( command at " + i);
                        }
                        int length = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                        byte[] body = Arrays.copyOfRange(b, i + 5, i + 5 + length);
                        if (body[1] == 0x50) {
                            qrData.add(Arrays.copyOfRange(body, 3, body.length));
                        } else if (body[1] == 0x43) {
                            qrModuleSizes.add((int) body[2]);
                        }
                        i += 5 + length;
                    }
                    case 'v' -> {
                        int x = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                        int y = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                        rasters.add(new RasterDecoding.Raster(b[i + 3], x, y, Arrays.copyOfRange(b, i + 8, i + 8 + x * y)));
                        rasterAlignments.add(align);
                        i += 8 + x * y;
                    }
                    default -> throw new AssertionError("unknown GS command 0x" + Integer.toHexString(cmd) + " at " + i);
                }
            } else if (c == 0x0A) {
                lines.add(new PrintedLine(new String(line.toByteArray(), GB18030), lineColumns, align, bold, size));
                line.reset();
                lineColumns = 0;
                i++;
            } else if (c < 0x20 || c == 0x7F) {
                throw new AssertionError("control byte 0x" + Integer.toHexString(c) + " in text at " + i);
            } else if (c >= 0x81 && chineseMode) {
                int second = b[i + 1] & 0xFF;
                if (second < 0x40 || second == 0x7F || second == 0xFF) {
                    throw new AssertionError("not a two-byte GBK character at " + i);
                }
                line.write(b, i, 2);
                lineColumns += 2 * widthMultiplier();
                i += 2;
            } else if (c >= 0x80) {
                throw new AssertionError("byte 0x" + Integer.toHexString(c) + " outside Chinese mode at " + i);
            } else {
                line.write(c);
                lineColumns += widthMultiplier();
                i++;
            }
        }
        if (line.size() > 0) {
            throw new AssertionError("text left without a line feed");
        }
        return this;
    }

    private int widthMultiplier() {
        return (size >>> 4) + 1;
    }
}

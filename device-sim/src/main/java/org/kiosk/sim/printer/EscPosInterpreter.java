package org.kiosk.sim.printer;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A byte-level ESC/POS state machine, written from the protocol notes (docs: {@code protocols/escpos.md}),
 * independently of any driver's encoder.
 *
 * <p>Bytes arrive in arbitrary chunks through {@link #feed}; a command split across chunks is kept in a
 * cumulation buffer until it is complete, as Netty's {@code ByteToMessageDecoder} does. Each complete command is
 * handed to an {@link EscPosHandler} at once, so a {@code DLE EOT} is answered as soon as its third byte arrives,
 * even in the middle of a job. Text is passed on in runs that end at the next non-text byte, which makes the
 * sequence of handler calls independent of where the stream was split.
 *
 * <p>Malformed or unknown input never throws: it becomes a {@link ProtocolError} and the interpreter resyncs
 * (skipping a command's known length, or just its two leading bytes when the length is unknown). Lengths
 * announced in headers are honoured without buffering payloads that will be discarded, so garbage cannot make
 * memory grow beyond {@link #MAX_RASTER_DATA_BYTES}.
 *
 * <p>Not thread-safe: one reader feeds it.
 */
public final class EscPosInterpreter {

    /** Printable width of an 80 mm head at 203 dpi. */
    public static final int DEFAULT_PRINTABLE_WIDTH_DOTS = 576;
    /** Largest raster image accepted (far above a receipt logo); larger ones are skipped and reported. */
    public static final int MAX_RASTER_DATA_BYTES = 1 << 20;
    /** Errors kept; a stream of garbage could otherwise fill memory with them. */
    public static final int MAX_RECORDED_ERRORS = 10_000;

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;
    private static final int LF = 0x0A;
    private static final int CR = 0x0D;
    private static final int NEED_MORE = -1;

    private static final int QR_DEFAULT_MODULE_SIZE = 3;
    private static final int QR_DEFAULT_MODEL = 2;
    private static final int MAX_BARCODE_DATA = 255;

    /** Total lengths of ESC commands this emulator does not implement, so it can step over them exactly. */
    private static final Map<Integer, Integer> ESC_SKIP_LENGTHS = Map.ofEntries(
            Map.entry(0x20, 3), Map.entry(0x24, 4), Map.entry(0x25, 3), Map.entry(0x2D, 3),
            Map.entry(0x32, 2), Map.entry(0x33, 3), Map.entry(0x3C, 2), Map.entry(0x3D, 3),
            Map.entry(0x3F, 3), Map.entry(0x47, 3), Map.entry(0x4A, 3), Map.entry(0x4B, 3),
            Map.entry(0x4C, 2), Map.entry(0x4D, 3), Map.entry(0x52, 3), Map.entry(0x53, 2),
            Map.entry(0x54, 3), Map.entry(0x55, 3), Map.entry(0x56, 3), Map.entry(0x57, 10),
            Map.entry(0x5C, 4), Map.entry(0x63, 4), Map.entry(0x64, 3), Map.entry(0x65, 3),
            Map.entry(0x69, 2), Map.entry(0x6D, 2), Map.entry(0x70, 5), Map.entry(0x72, 3),
            Map.entry(0x74, 3), Map.entry(0x75, 3), Map.entry(0x76, 2), Map.entry(0x7B, 3));

    /** As {@link #ESC_SKIP_LENGTHS}, for GS commands with a fixed length. */
    private static final Map<Integer, Integer> GS_SKIP_LENGTHS = Map.ofEntries(
            Map.entry(0x24, 4), Map.entry(0x2F, 3), Map.entry(0x3A, 2), Map.entry(0x42, 3),
            Map.entry(0x48, 3), Map.entry(0x49, 3), Map.entry(0x4C, 4), Map.entry(0x50, 4),
            Map.entry(0x54, 3), Map.entry(0x5C, 4), Map.entry(0x5E, 5), Map.entry(0x62, 3),
            Map.entry(0x66, 3), Map.entry(0x68, 3), Map.entry(0x72, 3), Map.entry(0x77, 3));

    /** As {@link #ESC_SKIP_LENGTHS}, for FS commands with a fixed length. */
    private static final Map<Integer, Integer> FS_SKIP_LENGTHS = Map.ofEntries(
            Map.entry(0x21, 3), Map.entry(0x2D, 3), Map.entry(0x32, 76), Map.entry(0x43, 3),
            Map.entry(0x53, 4), Map.entry(0x57, 3), Map.entry(0x70, 4));

    private final EscPosHandler handler;
    private final int printableWidthDots;
    private final CharsetDecoder gb18030 = Charset.forName("GB18030").newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<ProtocolError> errors = new ArrayList<>();
    private long droppedErrors;

    private byte[] buffer = new byte[512];
    private int readIndex;
    private int writeIndex;
    /** Stream offset of {@code buffer[readIndex]}. */
    private long offset;
    /** Bytes of a command's payload still to be stepped over without buffering. */
    private long skipRemaining;
    private final StringBuilder pendingText = new StringBuilder();

    private Justification justification;
    private boolean bold;
    private int widthMultiplier;
    private int heightMultiplier;
    private boolean chineseMode;
    private int qrModel;
    private int qrModuleSize;
    private ErrorCorrectionLevel qrErrorCorrection;
    private byte[] qrData;

    public EscPosInterpreter(EscPosHandler handler) {
        this(handler, DEFAULT_PRINTABLE_WIDTH_DOTS);
    }

    public EscPosInterpreter(EscPosHandler handler, int printableWidthDots) {
        if (printableWidthDots < 8) {
            throw new IllegalArgumentException("printable width must be at least 8 dots, got " + printableWidthDots);
        }
        this.handler = handler;
        this.printableWidthDots = printableWidthDots;
        resetModes();
        qrData = null;
    }

    /** Interprets {@code data}; an incomplete command at its end waits for the next call. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /** Interprets {@code length} bytes of {@code data} from {@code from}. */
    public void feed(byte[] data, int from, int length) {
        append(data, from, length);
        while (true) {
            if (skipRemaining > 0) {
                int n = (int) Math.min(skipRemaining, readable());
                consume(n);
                skipRemaining -= n;
                if (skipRemaining > 0) {
                    break;
                }
                continue;
            }
            if (readable() == 0) {
                break;
            }
            int used = step();
            if (used == NEED_MORE) {
                break;
            }
            consume(used);
        }
        compact();
    }

    /**
     * Forgets everything received, as a printer does when it is power-cycled: partial commands, modes,
     * stored QR data, and the stream offset. Recorded errors are kept.
     */
    public void reset() {
        readIndex = 0;
        writeIndex = 0;
        offset = 0;
        skipRemaining = 0;
        pendingText.setLength(0);
        resetModes();
        qrData = null;
    }

    /**
     * The stream has ended (a whole job was fed, or the link closed): text still held back, waiting for the byte
     * that ends its run, goes to the handler, and a command or character cut short is recorded as a protocol
     * error and dropped. Modes are kept; bytes fed afterwards start at a command boundary.
     */
    public void endOfInput() {
        flushText();
        if (readable() > 0) {
            error("stream ended inside a command or character, " + readable() + " bytes of it received");
            consume(readable());
        } else if (skipRemaining > 0) {
            error("stream ended " + skipRemaining + " bytes before the end of a command's payload");
        }
        skipRemaining = 0;
        compact();
    }

    /** Whether Chinese (GB18030) mode is on ({@code FS &}). */
    public boolean chineseMode() {
        return chineseMode;
    }

    /** The character modes in effect: the style the next text will be printed in. */
    public PrintStyle printStyle() {
        return new PrintStyle(bold, widthMultiplier, heightMultiplier, justification);
    }

    /** Offset of the command being interpreted (or of the next one), for errors found while handling it. */
    public long currentOffset() {
        return offset;
    }

    /** The protocol errors so far, oldest first (at most {@link #MAX_RECORDED_ERRORS}). */
    public List<ProtocolError> protocolErrors() {
        return List.copyOf(errors);
    }

    /** Errors not kept because the list was full. */
    public long droppedErrorCount() {
        return droppedErrors;
    }

    /** Records an error found by a later stage (for instance a QR payload too long for a symbol). */
    void recordError(String problem) {
        error(problem);
    }

    private void resetModes() {
        justification = Justification.LEFT;
        bold = false;
        widthMultiplier = 1;
        heightMultiplier = 1;
        chineseMode = false;
        qrModel = QR_DEFAULT_MODEL;
        qrModuleSize = QR_DEFAULT_MODULE_SIZE;
        qrErrorCorrection = ErrorCorrectionLevel.L;
    }

    private int step() {
        int b = at(0);
        if (b >= 0x20 && b != 0x7F) {
            return textByte(b);
        }
        flushText();
        return switch (b) {
            case CR -> {
                handler.carriageReturn();
                yield 1;
            }
            case LF -> {
                handler.lineFeed();
                yield 1;
            }
            case ESC -> esc();
            case GS -> gs();
            case FS -> fs();
            case DLE -> dle();
            default -> {
                error(String.format("unknown control byte %02X", b));
                yield 1;
            }
        };
    }

    // ---- text ----

    private int textByte(int b) {
        if (b < 0x80) {
            pendingText.append((char) b);
            return 1;
        }
        if (!chineseMode) {
            error(String.format("byte %02X is not ASCII and Chinese mode (FS &) is off", b));
            pendingText.append('?');
            return 1;
        }
        if (b == 0x80 || b == 0xFF) {
            error(String.format("byte %02X cannot start a GB18030 character", b));
            return 1;
        }
        if (!has(2)) {
            return NEED_MORE;
        }
        int b2 = at(1);
        if (b2 >= 0x30 && b2 <= 0x39) {
            if (!has(3)) {
                return NEED_MORE;
            }
            if (at(2) < 0x81 || at(2) > 0xFE) {
                error("invalid third byte of a four-byte GB18030 character");
                return 1;
            }
            if (!has(4)) {
                return NEED_MORE;
            }
            if (at(3) < 0x30 || at(3) > 0x39) {
                error("invalid fourth byte of a four-byte GB18030 character");
                return 1;
            }
            return decodeGb18030(4);
        }
        if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
            return decodeGb18030(2);
        }
        error("invalid second byte of a GB18030 character");
        return 1;
    }

    private int decodeGb18030(int length) {
        try {
            pendingText.append(gb18030.reset().decode(ByteBuffer.wrap(buffer, readIndex, length)));
        } catch (CharacterCodingException e) {
            error("GB18030 sequence of " + length + " bytes maps to no character");
            pendingText.append('?');
        }
        return length;
    }

    private void flushText() {
        if (!pendingText.isEmpty()) {
            String text = pendingText.toString();
            pendingText.setLength(0);
            handler.text(text, printStyle());
        }
    }

    // ---- ESC ----

    private int esc() {
        if (!has(2)) {
            return NEED_MORE;
        }
        int c = at(1);
        switch (c) {
            case '@' -> {
                // back to power-on modes (Chinese mode off, default QR parameters); stored QR data is kept
                resetModes();
                handler.initialise();
                return 2;
            }
            case 'a' -> {
                if (!has(3)) {
                    return NEED_MORE;
                }
                int n = at(2);
                switch (n) {
                    case 0, 48 -> justification = Justification.LEFT;
                    case 1, 49 -> justification = Justification.CENTER;
                    case 2, 50 -> justification = Justification.RIGHT;
                    default -> error(String.format("justification %02X out of range in 1B 61", n));
                }
                return 3;
            }
            case 'E' -> {
                if (!has(3)) {
                    return NEED_MORE;
                }
                bold = (at(2) & 0x01) != 0;
                return 3;
            }
            case '!' -> {
                if (!has(3)) {
                    return NEED_MORE;
                }
                int n = at(2);
                bold = (n & 0x08) != 0;
                heightMultiplier = (n & 0x10) != 0 ? 2 : 1;
                widthMultiplier = (n & 0x20) != 0 ? 2 : 1;
                return 3;
            }
            case '*' -> {
                // bit image column format: m nL nH, then nL+256·nH columns of 1 or 3 bytes
                if (!has(5)) {
                    return NEED_MORE;
                }
                int columns = at(3) + 256 * at(4);
                int bytesPerColumn = at(2) <= 1 ? 1 : 3;
                unknownCommand(ESC, c);
                skipRemaining = (long) columns * bytesPerColumn;
                return 5;
            }
            default -> {
                return skipUnknown(ESC, c, ESC_SKIP_LENGTHS.getOrDefault(c, 2));
            }
        }
    }

    // ---- GS ----

    private int gs() {
        if (!has(2)) {
            return NEED_MORE;
        }
        int c = at(1);
        return switch (c) {
            case '!' -> characterSize();
            case 'V' -> cut();
            case '(' -> parenthesised(GS);
            case 'v' -> raster();
            case 'a' -> {
                if (!has(3)) {
                    yield NEED_MORE;
                }
                handler.automaticStatusBack(at(2));
                yield 3;
            }
            case 'k' -> barcode();
            case '8' -> {
                // GS 8 L p1 p2 p3 p4: graphics data with a four-byte length
                if (!has(3)) {
                    yield NEED_MORE;
                }
                if (at(2) != 'L') {
                    yield skipUnknown(GS, c, 2);
                }
                if (!has(7)) {
                    yield NEED_MORE;
                }
                unknownCommand(GS, c);
                skipRemaining = at(3) | (long) at(4) << 8 | (long) at(5) << 16 | (long) at(6) << 24;
                yield 7;
            }
            case '*' -> {
                // GS * x y: downloaded bit image of x·y·8 bytes
                if (!has(4)) {
                    yield NEED_MORE;
                }
                unknownCommand(GS, c);
                skipRemaining = (long) at(2) * at(3) * 8;
                yield 4;
            }
            default -> skipUnknown(GS, c, GS_SKIP_LENGTHS.getOrDefault(c, 2));
        };
    }

    private int characterSize() {
        if (!has(3)) {
            return NEED_MORE;
        }
        int n = at(2);
        int width = (n >> 4) + 1;
        int height = (n & 0x0F) + 1;
        if (width > 8 || height > 8) {
            error(String.format("character size %02X out of range (each nibble 0-7) in 1D 21", n));
        } else {
            widthMultiplier = width;
            heightMultiplier = height;
        }
        return 3;
    }

    private int cut() {
        if (!has(3)) {
            return NEED_MORE;
        }
        int m = at(2);
        switch (m) {
            case 0x00, 0x30 -> {
                handler.cut(CutMode.FULL, 0);
                return 3;
            }
            case 0x01, 0x31 -> {
                handler.cut(CutMode.PARTIAL, 0);
                return 3;
            }
            case 0x41, 0x42 -> {
                if (!has(4)) {
                    return NEED_MORE;
                }
                handler.cut(m == 0x41 ? CutMode.FULL : CutMode.PARTIAL, at(3));
                return 4;
            }
            default -> {
                error(String.format("cut mode %02X not in the notes (00, 01, 41 n, 42 n) in 1D 56", m));
                return 3;
            }
        }
    }

    /** {@code GS ( X pL pH …} and {@code FS ( X pL pH …}: pL + 256·pH bytes follow pH. */
    private int parenthesised(int prefix) {
        if (!has(5)) {
            return NEED_MORE;
        }
        int function = at(2);
        int length = at(3) + 256 * at(4);
        if (prefix == GS && function == 'k') {
            if (length < 2) {
                error("QR command 1D 28 6B with pL/pH = " + length + " is too short to name a function");
                skipRemaining = length;
                return 5;
            }
            if (!has(6)) {
                return NEED_MORE;
            }
            if (at(5) == 0x31) {
                if (!has(5 + length)) {
                    return NEED_MORE;
                }
                qrFunction(length);
                return 5 + length;
            }
            error(String.format("2D symbol type %02X not supported (only 31, QR) in 1D 28 6B", at(5)));
        } else {
            error(String.format("unknown command %02X 28 %02X", prefix, function));
        }
        skipRemaining = length;
        return 5;
    }

    /** Handles {@code GS ( k pL pH 31 fn …} whose {@code length} bytes after pH are all buffered. */
    private void qrFunction(int length) {
        int fn = at(6);
        switch (fn) {
            case 0x41 -> {
                if (expectQrLength(fn, length, 4)) {
                    int n = at(7);
                    if (n == 0x31) {
                        qrModel = 1;
                        error("QR model 1 requested (1D 28 6B function 41); rendered as model 2");
                    } else if (n == 0x32) {
                        qrModel = 2;
                    } else {
                        error(String.format("QR model %02X not in the notes (31, 32)", n));
                    }
                }
            }
            case 0x43 -> {
                if (expectQrLength(fn, length, 3)) {
                    int n = at(7);
                    if (n >= 1 && n <= 16) {
                        qrModuleSize = n;
                    } else {
                        error("QR module size " + n + " out of range 1-16");
                    }
                }
            }
            case 0x45 -> {
                if (expectQrLength(fn, length, 3)) {
                    int n = at(7);
                    switch (n) {
                        case 0x30 -> qrErrorCorrection = ErrorCorrectionLevel.L;
                        case 0x31 -> qrErrorCorrection = ErrorCorrectionLevel.M;
                        case 0x32 -> qrErrorCorrection = ErrorCorrectionLevel.Q;
                        case 0x33 -> qrErrorCorrection = ErrorCorrectionLevel.H;
                        default -> error(String.format("QR error correction level %02X out of range 30-33", n));
                    }
                }
            }
            case 0x50 -> {
                if (length < 3) {
                    error("QR store data (function 50) needs pL/pH = data length + 3, got " + length);
                    return;
                }
                if (at(7) != 0x30) {
                    error(String.format("QR store data (function 50) expects m = 30, got %02X", at(7)));
                }
                qrData = Arrays.copyOfRange(buffer, readIndex + 8, readIndex + 5 + length);
                handler.qrDataStored(qrData.clone());
            }
            case 0x51 -> {
                if (expectQrLength(fn, length, 3)) {
                    if (at(7) != 0x30) {
                        error(String.format("QR print (function 51) expects m = 30, got %02X", at(7)));
                    }
                    if (qrData == null || qrData.length == 0) {
                        error("QR print (function 51) with no data stored");
                    } else {
                        handler.printQr(new QrRequest(qrData, qrModuleSize, qrErrorCorrection, qrModel),
                                justification);
                    }
                }
            }
            default -> {
                // other functions (e.g. 52, transmit size) are accepted and ignored; their length is honoured
            }
        }
    }

    private boolean expectQrLength(int fn, int length, int expected) {
        if (length != expected) {
            error(String.format("QR function %02X expects pL/pH = %d, got %d", fn, expected, length));
            return false;
        }
        return true;
    }

    private int raster() {
        if (!has(3)) {
            return NEED_MORE;
        }
        if (at(2) != 0x30) {
            return skipUnknown(GS, 'v', 2);
        }
        if (!has(8)) {
            return NEED_MORE;
        }
        int m = at(3);
        int widthBytes = at(4) + 256 * at(5);
        int height = at(6) + 256 * at(7);
        long size = (long) widthBytes * height;
        boolean validMode = m <= 3 || (m >= 0x30 && m <= 0x33);
        if (!validMode) {
            error(String.format("raster mode %02X out of range (0-3, 30-33) in 1D 76 30", m));
            skipRemaining = size;
            return 8;
        }
        if (size == 0) {
            error("raster image with no dots (x or y is 0) in 1D 76 30");
            return 8;
        }
        if (size > MAX_RASTER_DATA_BYTES) {
            error("raster image of " + size + " bytes exceeds the emulator's limit of "
                    + MAX_RASTER_DATA_BYTES + " in 1D 76 30");
            skipRemaining = size;
            return 8;
        }
        if (!has(8 + (int) size)) {
            return NEED_MORE;
        }
        boolean doubleWidth = (m & 0x01) != 0;
        boolean doubleHeight = (m & 0x02) != 0;
        int widthDots = widthBytes * 8 * (doubleWidth ? 2 : 1);
        if (widthDots > printableWidthDots) {
            error("raster image " + widthDots + " dots wide exceeds the printable width of "
                    + printableWidthDots + " dots; clipped");
        }
        byte[] data = Arrays.copyOfRange(buffer, readIndex + 8, readIndex + 8 + (int) size);
        handler.printRaster(new RasterImage(widthBytes, height, data, doubleWidth, doubleHeight), justification);
        return 8 + (int) size;
    }

    /** {@code GS k m …}: a 1D barcode, not implemented; skipped by its own framing. */
    private int barcode() {
        if (!has(3)) {
            return NEED_MORE;
        }
        int m = at(2);
        if (m <= 6) {
            // data ends with NUL
            for (int i = 3; i < readable() && i <= 3 + MAX_BARCODE_DATA; i++) {
                if (at(i) == 0) {
                    unknownCommand(GS, 'k');
                    return i + 1;
                }
            }
            if (readable() <= 3 + MAX_BARCODE_DATA) {
                return NEED_MORE;
            }
            error("unterminated barcode data in 1D 6B");
            return 3;
        }
        if (!has(4)) {
            return NEED_MORE;
        }
        unknownCommand(GS, 'k');
        skipRemaining = at(3);
        return 4;
    }

    // ---- FS ----

    private int fs() {
        if (!has(2)) {
            return NEED_MORE;
        }
        int c = at(1);
        return switch (c) {
            case '&' -> {
                chineseMode = true;
                yield 2;
            }
            case '.' -> {
                chineseMode = false;
                yield 2;
            }
            case '(' -> parenthesised(FS);
            default -> skipUnknown(FS, c, FS_SKIP_LENGTHS.getOrDefault(c, 2));
        };
    }

    // ---- DLE ----

    private int dle() {
        if (!has(2)) {
            return NEED_MORE;
        }
        int c = at(1);
        switch (c) {
            case 0x04 -> {
                if (!has(3)) {
                    return NEED_MORE;
                }
                int n = at(2);
                if (n >= 1 && n <= 4) {
                    handler.realTimeStatusRequest(n);
                    return 3;
                }
                if (n == 7 || n == 8) {
                    // DLE EOT 7 a / DLE EOT 8 a carry one more byte
                    return skipUnknown(DLE, c, 4);
                }
                error(String.format("real-time status request %02X out of range 1-4 in 10 04", n));
                return 3;
            }
            case 0x05 -> {
                return skipUnknown(DLE, c, 3);
            }
            case 0x14 -> {
                if (!has(3)) {
                    return NEED_MORE;
                }
                int fn = at(2);
                int length = switch (fn) {
                    case 1, 2 -> 5;
                    case 7 -> 4;
                    case 8 -> 10;
                    default -> 3;
                };
                return skipUnknown(DLE, c, length);
            }
            default -> {
                // DLE alone is no command; step over it only, the next byte may be text
                error(String.format("unknown command 10 %02X", c));
                return 1;
            }
        }
    }

    // ---- helpers ----

    private int skipUnknown(int prefix, int command, int totalLength) {
        if (!has(totalLength)) {
            return NEED_MORE;
        }
        unknownCommand(prefix, command);
        return totalLength;
    }

    private void unknownCommand(int prefix, int command) {
        error(String.format("unknown command %02X %02X", prefix, command));
    }

    private void error(String problem) {
        if (errors.size() < MAX_RECORDED_ERRORS) {
            errors.add(new ProtocolError(offset, problem + " at offset " + offset));
        } else {
            droppedErrors++;
        }
    }

    private int at(int i) {
        return buffer[readIndex + i] & 0xFF;
    }

    private boolean has(int n) {
        return readable() >= n;
    }

    private int readable() {
        return writeIndex - readIndex;
    }

    private void consume(int n) {
        readIndex += n;
        offset += n;
    }

    private void append(byte[] data, int from, int length) {
        if (writeIndex + length > buffer.length) {
            compact();
            if (writeIndex + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, writeIndex + length));
            }
        }
        System.arraycopy(data, from, buffer, writeIndex, length);
        writeIndex += length;
    }

    private void compact() {
        if (readIndex == 0) {
            return;
        }
        System.arraycopy(buffer, readIndex, buffer, 0, readable());
        writeIndex -= readIndex;
        readIndex = 0;
    }
}

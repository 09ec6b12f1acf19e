package org.kiosk.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.LineWrapper;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.kiosk.device.printer.receipt.TextStyle;

/**
 * Turns a {@link Receipt} into ESC/POS bytes for one printer profile.
 *
 * <p>The stream starts with {@code ESC @} and Chinese mode on ({@code FS &}). Each element sets only the
 * styles it needs and sets them back to the defaults after itself, so no element inherits another's state and
 * the output stays small. Text is wrapped ({@link LineWrapper}) by the columns the printer really uses: one per
 * ASCII character, two per double-byte character (see {@link EscPosTextEncoder#columns(int)}); double-size text has
 * half the columns.
 *
 * <p>QR codes: with {@link PrinterProfile#nativeQr()} the printer draws them ({@code GS ( k}: model 2, module size
 * {@link PrinterProfile#qrModuleDots()} or less if the symbol would be wider than the paper, error correction M,
 * payload as UTF-8); otherwise they go as a raster image from {@link QrRaster}. QR codes and images are centred
 * with {@code ESC a 1}, which Epson-compatible printers apply to raster images too.
 *
 * <p>Cut: {@link PrinterProfile#feedLinesBeforeCut()} line feeds, then {@code GS V A 0} (full) or {@code GS V B 0}
 * (partial), which feed on to the cutting position before cutting.
 *
 * <p>Thread-safe: {@link #encode} keeps all its state in the call.
 */
public final class EscPosEncoder {

    private final PrinterProfile profile;

    /** @throws IllegalArgumentException if the profile has fewer than 4 columns (double-size text needs 2) */
    public EscPosEncoder(PrinterProfile profile) {
        this.profile = Objects.requireNonNull(profile);
        if (profile.columns() < 4) {
            throw new IllegalArgumentException("printer profile " + profile.name() + " has " + profile.columns()
                    + " columns; at least 4 are needed so double-size text fits a wide character");
        }
    }

    public PrinterProfile profile() {
        return profile;
    }

    /**
     * @throws ReceiptEncodingException if a QR payload or an image is too large for a QR code or the paper
     */
    public EncodedReceipt encode(Receipt receipt) throws ReceiptEncodingException {
        Job job = new Job(new EscPosTextEncoder(profile.charset()));
        job.write(EscPosCommands.initialise());
        job.write(EscPosCommands.chineseModeOn());
        for (ReceiptElement element : receipt.elements()) {
            switch (element) {
                case ReceiptElement.Title title -> text(job, title.text(), new TextStyle(Alignment.CENTER, true, true));
                case ReceiptElement.Text text -> text(job, text.text(), text.style());
                case ReceiptElement.KeyValue keyValue -> keyValue(job, keyValue.key(), keyValue.value());
                case ReceiptElement.Separator separator -> separator(job);
                case ReceiptElement.QrCode qr -> qr(job, qr.payload());
                case ReceiptElement.Image image -> image(job, image);
                case ReceiptElement.Cut cut -> cut(job, cut.partial());
            }
        }
        return new EncodedReceipt(job.out.toByteArray(), job.replaced);
    }

    private void text(Job job, String text, TextStyle style) {
        int columns = style.doubleSize() ? profile.columns() / 2 : profile.columns();
        if (style.alignment() != Alignment.LEFT) {
            job.write(EscPosCommands.align(style.alignment()));
        }
        if (style.bold()) {
            job.write(EscPosCommands.emphasis(true));
        }
        if (style.doubleSize()) {
            job.write(EscPosCommands.characterSize(2, 2));
        }
        for (String line : job.wrap(text, columns)) {
            job.line(line);
        }
        if (style.doubleSize()) {
            job.write(EscPosCommands.characterSize(1, 1));
        }
        if (style.bold()) {
            job.write(EscPosCommands.emphasis(false));
        }
        if (style.alignment() != Alignment.LEFT) {
            job.write(EscPosCommands.align(Alignment.LEFT));
        }
    }

    private void keyValue(Job job, String key, String value) {
        int columns = profile.columns();
        List<String> keyLines = job.wrap(key, columns);
        List<String> valueLines = job.wrap(value, columns);
        if (keyLines.size() == 1 && valueLines.size() == 1) {
            String keyLine = keyLines.getFirst();
            String valueLine = valueLines.getFirst();
            int keyWidth = job.width(keyLine);
            int valueWidth = job.width(valueLine);
            if (valueWidth == 0) {
                job.line(keyLine);
                return;
            }
            if (keyWidth + 1 + valueWidth <= columns) {
                job.line(keyLine + " ".repeat(columns - keyWidth - valueWidth) + valueLine);
                return;
            }
        }
        if (!key.isEmpty()) {
            keyLines.forEach(job::line);
        }
        for (String valueLine : valueLines) {
            job.line(" ".repeat(columns - job.width(valueLine)) + valueLine);
        }
    }

    private void separator(Job job) {
        job.line("-".repeat(profile.columns()));
    }

    private void qr(Job job, String payload) throws ReceiptEncodingException {
        job.replaced += loneSurrogates(payload);
        byte[] commands;
        if (profile.nativeQr()) {
            byte[] data = payload.getBytes(StandardCharsets.UTF_8);
            int version = QrCapacity.versionFor(data.length);
            if (version < 0) {
                throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, "QR payload of " + data.length
                        + " UTF-8 bytes does not fit in a QR code with error correction M");
            }
            int modules = QrCapacity.modulesAcross(version);
            int moduleDots = Math.min(profile.qrModuleDots(), profile.paperWidthDots() / modules);
            if (moduleDots < 1) {
                throw new ReceiptEncodingException(PrinterError.RECEIPT_TOO_LARGE, "QR code of " + modules
                        + " modules is wider than the paper's " + profile.paperWidthDots() + " dots");
            }
            ByteArrayOutputStream qr = new ByteArrayOutputStream(data.length + 40);
            qr.writeBytes(EscPosCommands.qrModel(EscPosCommands.QR_MODEL_2));
            qr.writeBytes(EscPosCommands.qrModuleSize(moduleDots));
            qr.writeBytes(EscPosCommands.qrErrorCorrection(EscPosCommands.QrErrorCorrection.M));
            qr.writeBytes(EscPosCommands.qrStoreData(data));
            qr.writeBytes(EscPosCommands.qrPrint());
            commands = qr.toByteArray();
        } else {
            commands = QrRaster.render(payload, profile.qrModuleDots(), profile.paperWidthDots()).toCommands();
        }
        centred(job, commands);
    }

    private void image(Job job, ReceiptElement.Image image) throws ReceiptEncodingException {
        centred(job, RasterImage.of(image, profile.paperWidthDots()).toCommands());
    }

    private static void centred(Job job, byte[] commands) {
        job.write(EscPosCommands.align(Alignment.CENTER));
        job.write(commands);
        job.write(EscPosCommands.align(Alignment.LEFT));
    }

    private void cut(Job job, boolean partial) {
        for (int i = 0; i < profile.feedLinesBeforeCut(); i++) {
            job.write(EscPosCommands.lineFeed());
        }
        job.write(EscPosCommands.feedAndCut(partial, 0));
    }

    /** UTF-8 encoding turns a lone surrogate into '?': count it like any other replaced character. */
    private static int loneSurrogates(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.SURROGATE) {
                count++;
            }
        }
        return count;
    }

    /** The state of one {@link #encode} call. */
    private static final class Job {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        final EscPosTextEncoder text;
        int replaced;

        Job(EscPosTextEncoder text) {
            this.text = text;
        }

        void write(byte[] bytes) {
            out.writeBytes(bytes);
        }

        /** Replaces what cannot be printed (counting it), then wraps by printed columns. */
        List<String> wrap(String raw, int columns) {
            EscPosTextEncoder.Sanitized sanitized = text.sanitize(raw);
            replaced += sanitized.replacedCharacters();
            return LineWrapper.wrapColumns(sanitized.text(), columns, text::columns);
        }

        int width(String sanitizedLine) {
            int width = 0;
            for (int i = 0; i < sanitizedLine.length(); ) {
                int cp = sanitizedLine.codePointAt(i);
                i += Character.charCount(cp);
                width += text.columns(cp);
            }
            return width;
        }

        /** A wrapped line is already sanitized, so encoding replaces nothing more. */
        void line(String sanitizedLine) {
            write(text.encode(sanitizedLine).bytes());
            out.write(EscPosCommands.LF);
        }
    }
}

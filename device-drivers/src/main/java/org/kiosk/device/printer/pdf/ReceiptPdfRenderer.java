package org.kiosk.device.printer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.LineWrapper;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.kiosk.device.qr.image.QrEncoder;
import org.kiosk.device.qr.image.QrEncodingException;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders receipts to PDF, for A4 printing and the kiosk's archive copy of what the receipt printer printed.
 *
 * <p>Text is set in the configured TrueType font, of which only the glyphs used are embedded, so a one-page receipt
 * stays a few kilobytes and its text can be extracted and searched. Characters the font cannot show print as
 * {@code ?} and are counted in {@link RenderedPdf#replacedCharacters()}. Each receipt (the elements up to a
 * {@link ReceiptElement.Cut}) starts on a new page; a long receipt continues on the next page.
 *
 * <p>The font is read once, when the renderer is made; a missing or unusable font fails there. Renders may be called
 * from several threads: they share the parsed font, so they run one at a time.
 */
public final class ReceiptPdfRenderer {

    private static final String TITLE = "Receipt";
    private static final String CREATOR = "kiosk";

    private static final float TITLE_SCALE = 2f;
    private static final float DOUBLE_SIZE_SCALE = 2f;

    private final ReceiptPdfOptions options;
    /** Guards itself: FontBox reads glyphs through one shared stream position. */
    private final TrueTypeFont font;
    private final CmapLookup unicodeCmap;

    /** A renderer with {@link ReceiptPdfOptions#defaults()}. */
    public ReceiptPdfRenderer() throws ReceiptPdfException {
        this(ReceiptPdfOptions.defaults());
    }

    /**
     * @throws ReceiptPdfException if the font file is missing, unreadable, has no font of the configured name, or has
     *                             outlines PDFBox cannot embed; the message names the file
     */
    public ReceiptPdfRenderer(ReceiptPdfOptions options) throws ReceiptPdfException {
        this.options = Objects.requireNonNull(options, "options");
        ReceiptFontLoader.LoadedFont loaded = ReceiptFontLoader.load(options.fontFile(), options.fontName());
        this.font = loaded.font();
        this.unicodeCmap = loaded.unicodeCmap();
    }

    public ReceiptPdfOptions options() {
        return options;
    }

    /**
     * The receipt as a PDF. An empty receipt gives one blank page.
     *
     * @throws ReceiptPdfException if a QR payload is too long for a QR code, or PDFBox fails to write the document
     */
    public RenderedPdf render(Receipt receipt) throws ReceiptPdfException {
        Objects.requireNonNull(receipt, "receipt");
        synchronized (font) {
            try (PDDocument document = new PDDocument()) {
                PDType0Font pdfFont = PDType0Font.load(document, font, true);
                GlyphFilter glyphs = new GlyphFilter(cp -> unicodeCmap.getGlyphId(cp) != 0);
                ReceiptPageComposer composer = new ReceiptPageComposer(document, pdfFont, options);
                for (ReceiptElement element : receipt.elements()) {
                    draw(element, composer, glyphs);
                }
                composer.finish();
                describe(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return new RenderedPdf(out.toByteArray(), composer.pageCount(), glyphs.replaced());
            } catch (IOException e) {
                throw new ReceiptPdfException("could not write the receipt PDF", e);
            }
        }
    }

    private void draw(ReceiptElement element, ReceiptPageComposer composer, GlyphFilter glyphs)
            throws IOException, ReceiptPdfException {
        float base = options.baseFontSizePt();
        switch (element) {
            case ReceiptElement.Title title -> {
                float size = base * TITLE_SCALE;
                composer.lines(wrap(glyphs.filter(title.text()), composer, size), size, true, Alignment.CENTER);
            }
            case ReceiptElement.Text text -> {
                float size = text.style().doubleSize() ? base * DOUBLE_SIZE_SCALE : base;
                composer.lines(wrap(glyphs.filter(text.text()), composer, size), size, text.style().bold(),
                        text.style().alignment());
            }
            case ReceiptElement.KeyValue keyValue -> keyValue(glyphs.filter(keyValue.key()), glyphs.filter(keyValue.value()), composer);
            case ReceiptElement.Separator separator -> composer.separator(base);
            case ReceiptElement.QrCode qr -> composer.qrCode(encodeQr(qr.payload()));
            case ReceiptElement.Image image -> composer.image(image);
            case ReceiptElement.Cut cut -> composer.cut();
        }
    }

    /** Key flush left and value flush right on one line when both fit with an em between them; else value below. */
    private void keyValue(String key, String value, ReceiptPageComposer composer) throws IOException {
        float size = options.baseFontSizePt();
        List<String> keyLines = wrap(key, composer, size);
        List<String> valueLines = wrap(value, composer, size);
        boolean valueBesideKey = valueLines.size() == 1
                && composer.width(keyLines.getLast(), size) + size + composer.width(valueLines.getFirst(), size)
                <= composer.columnWidth();
        composer.keyValue(keyLines, valueLines, valueBesideKey, size);
    }

    private static List<String> wrap(String text, ReceiptPageComposer composer, float size) throws IOException {
        return LineWrapper.wrap(text, composer.columnWidth(), composer.codePointWidths(text, size));
    }

    private static BitMatrix encodeQr(String payload) throws ReceiptPdfException {
        try {
            return QrEncoder.modules(payload, ErrorCorrectionLevel.M, QrEncoder.STANDARD_QUIET_ZONE_MODULES);
        } catch (QrEncodingException e) {
            throw new ReceiptPdfException(e.getMessage(), e);
        }
    }

    /** Title, creator and date only: nothing from the receipt's content goes into the metadata. */
    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE);
        info.setCreator(CREATOR);
        Calendar created = GregorianCalendar.from(ZonedDateTime.now(options.clock()));
        info.setCreationDate(created);
        // PDFBox seeds the file identifier with this instead of the current time: a fixed clock gives equal bytes.
        document.setDocumentId(created.getTimeInMillis());
    }
}

package org.kiosk.provisioning.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kiosk.device.printer.pdf.GlyphFilter;
import org.kiosk.device.printer.pdf.ReceiptFontLoader;
import org.kiosk.device.printer.pdf.ReceiptPdfException;

/**
 * The provisioning report as an A4 PDF: sections of headed lines, long lines wrapped to the page, with a subset
 * of a Chinese TrueType font embedded (loaded as the receipt PDFs load theirs) so site names print as written.
 */
public final class ProvisioningReport {

    /** One section: a heading and its lines. */
    public record Section(String heading, List<String> lines) {
    }

    private static final float MARGIN = 50;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TEXT_SIZE = 9.5f;
    private static final float LEADING = 1.45f;

    private final ReceiptFontLoader.LoadedFont font;

    public ProvisioningReport(Path fontFile, String fontName) throws ReceiptPdfException {
        this.font = ReceiptFontLoader.load(fontFile, fontName);
    }

    /** Writes the PDF atomically. */
    public void write(Path out, String title, List<Section> sections, Instant created) throws IOException {
        TrueTypeFont ttf = font.font();
        synchronized (ttf) {
            try (PDDocument document = new PDDocument()) {
                PDType0Font pdfFont = PDType0Font.load(document, ttf, true);
                GlyphFilter glyphs = new GlyphFilter(cp -> font.unicodeCmap().getGlyphId(cp) != 0);
                Pages pages = new Pages(document, pdfFont);
                pages.line(glyphs.filter(title), TITLE_SIZE);
                for (Section s : sections) {
                    pages.gap(TEXT_SIZE);
                    pages.line(glyphs.filter(s.heading()), HEADING_SIZE);
                    for (String line : s.lines()) {
                        for (String wrapped : wrap(glyphs.filter(line), pdfFont, TEXT_SIZE, pages.width())) {
                            pages.line(wrapped, TEXT_SIZE);
                        }
                    }
                }
                pages.close();
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("kioskctl report");
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                when.setTimeInMillis(created.toEpochMilli());
                info.setCreationDate(when);
                Path parent = out.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temporary = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
                try {
                    document.save(temporary.toFile());
                    Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    /** Breaks a line into pieces no wider than {@code width}, at spaces where it can, anywhere in Chinese text. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (!rest.isEmpty() && font.getStringWidth(rest) / 1000 * size > width) {
            int fit = 0;
            while (fit < rest.length() && font.getStringWidth(rest.substring(0, rest.offsetByCodePoints(fit, 1))) / 1000 * size <= width) {
                fit = rest.offsetByCodePoints(fit, 1);
            }
            int space = rest.lastIndexOf(' ', fit);
            // every piece takes at least one character, so the loop ends however narrow the page
            int cut = space > fit / 2 ? space : Math.max(fit, rest.offsetByCodePoints(0, 1));
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** A cursor over A4 pages, a new page when the current one is full. */
    private static final class Pages {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        float width() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void gap(float size) {
            y -= size * LEADING / 2;
        }

        void line(String text, float size) throws IOException {
            if (y - size * LEADING < MARGIN) {
                stream.close();
                newPage();
            }
            y -= size * LEADING;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    /** {@code key: value} lines, {@code -} for an absent value. */
    public static List<String> keyValues(Map<String, ?> values) {
        List<String> lines = new ArrayList<>();
        values.forEach((k, v) -> lines.add(k + ": " + (v == null ? "-" : v)));
        return lines;
    }
}

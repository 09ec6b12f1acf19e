package org.kiosk.device.printer.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Reads the receipt font once, checking everything PDFBox needs to embed a subset of it. Public for other PDFs with
 * Chinese text (kioskctl's provisioning report).
 */
public final class ReceiptFontLoader {

    /** WenQuanYi Micro Hei, a collection of two CJK fonts, is 5 MB; this bounds the copy held in memory. */
    private static final long MAX_FONT_BYTES = 64L * 1024 * 1024;
    private static final String INSTALL_HINT =
            "install the Debian package fonts-wqy-microhei, or configure another TrueType font file";

    /** A font ready to embed, with the character map that decides which characters it can show. */
    public record LoadedFont(TrueTypeFont font, CmapLookup unicodeCmap) {
    }

    private ReceiptFontLoader() {
    }

    /**
     * The font, parsed from an in-memory copy of the file so that later renders need no file handle and do not see
     * the file change under them.
     */
    public static LoadedFont load(Path file, String fontName) throws ReceiptPdfException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FONT_BYTES) {
                throw new ReceiptPdfException("the receipt font file " + file + " is " + size + " bytes, more than the "
                        + MAX_FONT_BYTES + " a font for receipts can reasonably need; " + INSTALL_HINT);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReceiptPdfException("cannot read the receipt font file " + file + " ("
                    + e.getClass().getSimpleName() + "); " + INSTALL_HINT, e);
        }
        if (hasTag(bytes, "OTTO")) {
            throw new ReceiptPdfException(cffMessage(file));
        }
        TrueTypeFont font;
        try {
            font = hasTag(bytes, "ttcf") ? fromCollection(bytes, file, fontName) : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException | RuntimeException e) {
            // FontBox signals some malformed tables with unchecked exceptions; all of them mean "not a usable font".
            throw new ReceiptPdfException("the receipt font file " + file + " is not a readable TrueType font or collection; "
                    + INSTALL_HINT, e);
        }
        return new LoadedFont(font, checkedUnicodeCmap(font, file));
    }

    private static boolean hasTag(byte[] bytes, String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (i >= bytes.length || bytes[i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String cffMessage(Path file) {
        return "the receipt font in " + file + " has CFF outlines, not the TrueType (glyf) outlines PDFBox needs to embed it"
                + " (Noto Sans CJK is such a font); " + INSTALL_HINT;
    }

    private static TrueTypeFont fromCollection(byte[] bytes, Path file, String fontName) throws IOException, ReceiptPdfException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
        List<TrueTypeFont> matches = new ArrayList<>();
        List<String> available = new ArrayList<>();
        collection.processAllFonts(font -> {
            NamingTable naming = font.getNaming();
            String family = naming == null ? null : naming.getFontFamily();
            String postScriptName = font.getName();
            available.add(family == null ? postScriptName : family);
            if (fontName.equals(family) || fontName.equals(postScriptName)) {
                matches.add(font);
            }
        });
        if (matches.isEmpty()) {
            throw new ReceiptPdfException("the font collection " + file + " has no font named '" + fontName
                    + "'; it has: " + String.join(", ", available));
        }
        return matches.getFirst();
    }

    private static CmapLookup checkedUnicodeCmap(TrueTypeFont font, Path file) throws ReceiptPdfException {
        if (!font.getTableMap().containsKey("glyf")) {
            throw new ReceiptPdfException(cffMessage(file));
        }
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null || cmap.getGlyphId('?') == 0) {
                throw new ReceiptPdfException("the receipt font in " + file
                        + " has no Unicode glyph for '?', which stands in for characters it cannot show; " + INSTALL_HINT);
            }
            return cmap;
        } catch (IOException e) {
            throw new ReceiptPdfException("the receipt font in " + file + " has no readable Unicode character map; " + INSTALL_HINT, e);
        }
    }
}

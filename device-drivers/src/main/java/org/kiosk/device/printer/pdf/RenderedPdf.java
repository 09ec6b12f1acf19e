package org.kiosk.device.printer.pdf;

import java.util.Arrays;

/**
 * A rendered receipt.
 *
 * @param pdf                the PDF file's bytes
 * @param pageCount          pages in the PDF (at least one, even for an empty receipt)
 * @param replacedCharacters characters printed as {@code ?} because the font has no glyph for them or they are
 *                           control or private-use characters; a non-zero count is worth a warning in the caller's log
 */
public record RenderedPdf(byte[] pdf, int pageCount, int replacedCharacters) {

    public RenderedPdf {
        pdf = pdf.clone();
        if (pageCount < 1) {
            throw new IllegalArgumentException("pageCount must be at least 1, was " + pageCount);
        }
        if (replacedCharacters < 0) {
            throw new IllegalArgumentException("replacedCharacters must not be negative, was " + replacedCharacters);
        }
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedPdf r
                && r.pageCount == pageCount
                && r.replacedCharacters == replacedCharacters
                && Arrays.equals(r.pdf, pdf);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(pdf) + pageCount) + replacedCharacters;
    }

    /** Sizes and counts only: the bytes hold the receipt's text. */
    @Override
    public String toString() {
        return "RenderedPdf[" + pdf.length + " bytes, " + pageCount + " pages, " + replacedCharacters + " replaced characters]";
    }
}

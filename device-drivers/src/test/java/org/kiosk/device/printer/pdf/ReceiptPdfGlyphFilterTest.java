package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptPdfGlyphFilterTest {

    /** A font with glyphs for the Basic Latin block and a private-use character only. */
    private final GlyphFilter filter = new GlyphFilter(cp -> cp < 0x80 || cp == 0xE000);

    @Test
    void keepsWhatTheFontShowsAndReplacesTheRest() {
        assertThat(filter.filter("ab中c")).isEqualTo("ab?c");
        assertThat(filter.replaced()).isEqualTo(1);
    }

    @Test
    void replacesControlPrivateUseAndLoneSurrogatesEvenWhenTheFontMapsThem() {
        assertThat(filter.filter("a\tb\u0000c\u007F\uE000\uD800")).isEqualTo("a?b?c???");
        assertThat(filter.replaced()).isEqualTo(5);
    }

    @Test
    void countsASupplementaryCharacterOnce() {
        assertThat(filter.filter("x\uD83D\uDE00y")).isEqualTo("x?y");
        assertThat(filter.replaced()).isEqualTo(1);
    }

    @Test
    void keepsLineFeedsAndFoldsCarriageReturnLineFeed() {
        assertThat(filter.filter("a\r\nb\nc\rd")).isEqualTo("a\nb\nc?d");
        assertThat(filter.replaced()).isEqualTo(1);
    }

    @Test
    void countsAcrossCalls() {
        filter.filter("中");
        filter.filter("文");
        assertThat(filter.replaced()).isEqualTo(2);
    }
}

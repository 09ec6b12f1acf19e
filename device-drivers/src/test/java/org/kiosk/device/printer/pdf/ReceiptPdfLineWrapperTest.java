package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Line breaking with a monospaced measure: Chinese characters two units wide, everything else one. */
class ReceiptPdfLineWrapperTest {

    private static float width(String text) {
        return (float) text.codePoints().map(cp -> Character.isIdeographic(cp) || cp >= 0x3000 ? 2 : 1).sum();
    }

    private static List<String> wrap(String text, float maxWidth) throws IOException {
        return new LineWrapper(ReceiptPdfLineWrapperTest::width, maxWidth).wrap(text);
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() throws IOException {
        assertThat(wrap("居民身份证换领", 6)).containsExactly("居民身", "份证换", "领");
    }

    @Test
    void latinBreaksAtSpacesAndDropsThem() throws IOException {
        assertThat(wrap("Matter: ID card renewal", 12)).containsExactly("Matter: ID", "card renewal");
    }

    @Test
    void aWordLongerThanALineIsCutWhereTheLineIsFull() throws IOException {
        assertThat(wrap("see GD2026112700001", 8)).containsExactly("see GD20", "26112700", "001");
    }

    @Test
    void mixedTextBreaksBetweenChineseAndLatin() throws IOException {
        assertThat(wrap("事项:居民身份证换领 Matter", 12)).containsExactly("事项:居民身", "份证换领", "Matter");
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningBracketsNeverEndOne() throws IOException {
        assertThat(wrap("一二三，四", 6)).containsExactly("一二", "三，四");
        assertThat(wrap("一二（三）", 6)).containsExactly("一二", "（三）");
    }

    @Test
    void supplementaryCharactersAreNotSplit() throws IOException {
        assertThat(wrap("\uD840\uDC00\uD840\uDC01\uD840\uDC02", 4)).containsExactly("\uD840\uDC00\uD840\uDC01", "\uD840\uDC02");
    }

    @Test
    void lineFeedsBreakAndEmptyTextIsOneEmptyLine() throws IOException {
        assertThat(wrap("a\n\nb", 10)).containsExactly("a", "", "b");
        assertThat(wrap("", 10)).containsExactly("");
    }

    @Test
    void leadingSpacesIndentTheFirstLineOnly() throws IOException {
        assertThat(wrap("  ab cd", 5)).containsExactly("  ab", "cd");
    }

    @Test
    void everyLineFitsEvenWhenACharacterIsWiderThanTheLine() throws IOException {
        assertThat(wrap("中a", 1)).containsExactly("中", "a");
    }

    @Test
    void aLineWidthMustBePositive() {
        assertThatThrownBy(() -> new LineWrapper(ReceiptPdfLineWrapperTest::width, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line width");
    }
}

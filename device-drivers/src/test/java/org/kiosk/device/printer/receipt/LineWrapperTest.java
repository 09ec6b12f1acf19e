package org.kiosk.device.printer.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Line breaking in whole columns (as the ESC/POS encoder wraps, by {@link DisplayWidth} here) and in measured
 * fractional widths (as the PDF renderer wraps by font advances).
 */
class LineWrapperTest {

    private static List<String> columns(String text, int columns) {
        return LineWrapper.wrapColumns(text, columns, DisplayWidth::of);
    }

    /** Chinese characters two units wide, everything else one: the measure of a monospaced font. */
    private static double monospaced(int cp) {
        return Character.isIdeographic(cp) || cp >= 0x3000 ? 2 : 1;
    }

    private static List<String> measured(String text, double maxWidth) {
        return LineWrapper.wrap(text, maxWidth, LineWrapperTest::monospaced);
    }

    /** Advances of a proportional font at 10 pt, in eighths of a point so that the expected sums are exact. */
    private static double proportional(int cp) {
        if (DisplayWidth.isWide(cp)) {
            return 10;
        }
        return switch (cp) {
            case ' ' -> 2.75;
            case 'i', 'l', '.', ',' -> 2.375;
            case 'm', 'W' -> 8.625;
            default -> 5.5;
        };
    }

    private static double width(String line, IntToDoubleFunction widthOf) {
        return line.codePoints().mapToDouble(widthOf).sum();
    }

    @Test
    void displayWidths() {
        assertThat(DisplayWidth.of("Receipt")).isEqualTo(7);
        assertThat(DisplayWidth.of("受理回执")).isEqualTo(8);
        assertThat(DisplayWidth.of("受理回执 Receipt")).isEqualTo(16);
        assertThat(DisplayWidth.of("かなカナ한글")).isEqualTo(12);
        assertThat(DisplayWidth.of("，。「」、ＡＢ１")).as("CJK punctuation and fullwidth forms").isEqualTo(16);
        assertThat(DisplayWidth.of("ｱｲｳ")).as("halfwidth katakana").isEqualTo(3);
        assertThat(DisplayWidth.of("\uD841\uDF79")).as("a surrogate pair is one wide character").isEqualTo(2);
        assertThat(DisplayWidth.of("e\u0301")).as("combining acute accent").isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb")).as("zero-width space").isEqualTo(2);
        assertThat(DisplayWidth.of("\u1100\u1161\u11A8")).as("Hangul Jamo syllable").isEqualTo(2);
        assertThat(DisplayWidth.of("\u3000")).as("ideographic space").isEqualTo(2);
        assertThat(DisplayWidth.of("\u303F")).isEqualTo(1);
        assertThat(DisplayWidth.of("")).isZero();
    }

    @Test
    void breaksLatinAtSpacesAndDropsTheBreakSpace() {
        assertThat(columns("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(measured("Matter: ID card renewal", 12)).containsExactly("Matter: ID", "card renewal");
    }

    @Test
    void noBreakSpaceKeepsItsWordsTogether() {
        assertThat(columns("No.\u00A012 Tianhe Road", 8)).containsExactly("No.\u00A012", "Tianhe", "Road");
    }

    @Test
    void breaksBetweenAnyTwoCjkCharacters() {
        assertThat(columns("广东省政务服务数据管理局", 10)).containsExactly("广东省政务", "服务数据管", "理局");
        assertThat(measured("居民身份证换领", 6)).containsExactly("居民身", "份证换", "领");
        assertThat(columns("ひらがなカタカナ한국어", 6)).containsExactly("ひらが", "なカタ", "カナ한", "국어");
    }

    @Test
    void breaksBetweenChineseAndLatin() {
        assertThat(measured("事项:居民身份证换领 Matter", 12)).containsExactly("事项:居民身", "份证换领", "Matter");
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // without the rule "，" would start the second line and "「" end the first
        assertThat(columns("请凭本回执查询，谢谢。", 14)).containsExactly("请凭本回执查", "询，谢谢。");
        assertThat(columns("办理地点「广州」", 10)).containsExactly("办理地点", "「广州」");
        assertThat(columns("受理回执, Receipt.", 8)).containsExactly("受理回", "执,", "Receipt.");
        assertThat(measured("一二三，四", 6)).containsExactly("一二", "三，四");
        assertThat(measured("一二（三）", 6)).containsExactly("一二", "（三）");
        assertThat(columns("コーヒー", 4)).as("the prolonged sound mark stays with its kana").containsExactly("コー", "ヒー");
    }

    @Test
    void wideCharacterNeverStraddlesTheEdge() {
        assertThat(columns("abc受理回执", 6)).containsExactly("abc受", "理回执");
        assertThat(columns("a受理", 4)).containsExactly("a受", "理");
        for (String line : columns("x中文中文中文中文中文中文中文", 5)) {
            assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void aCharacterWiderThanTheLineGetsALineOfItsOwn() {
        assertThat(measured("中a", 1)).containsExactly("中", "a");
        assertThat(columns("a中b", 1)).containsExactly("a", "中", "b");
    }

    @Test
    void mixedTextAt48Columns() {
        String text = "申请人 Applicant: 陈大文 CHAN Tai Man, 事项 Matter: 港澳居民居住证申领 Residence permit for Hong Kong and Macao residents";
        List<String> lines = columns(text, 48);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(48));
        assertThat(lines.getFirst()).isEqualTo("申请人 Applicant: 陈大文 CHAN Tai Man, 事项");
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void fractionalWidthsOfAProportionalFont() {
        String text = "Tianhe District Government Service Centre, 广州市天河区政务服务中心";
        List<String> lines = LineWrapper.wrap(text, 100, LineWrapperTest::proportional);
        assertThat(lines).containsExactly("Tianhe District", "Government Service", "Centre, 广州市天河区", "政务服务中心");
        assertThat(lines).allSatisfy(line -> assertThat(width(line, LineWrapperTest::proportional)).isLessThanOrEqualTo(100));
        // "Government Service" is 96.25 wide: a line fills up to its last eighth of a point
        assertThat(LineWrapper.wrap("Government Service", 96.25, LineWrapperTest::proportional)).hasSize(1);
        assertThat(LineWrapper.wrap("Government Service", 96.125, LineWrapperTest::proportional)).hasSize(2);
    }

    @Test
    void aWordLongerThanALineStartsANewLineAndIsBrokenWhereEachLineIsFull() {
        assertThat(columns("see https://example.gov.cn/track?id=12345 now", 12))
                .containsExactly("see", "https://exam", "ple.gov.cn/t", "rack?id=1234", "5 now");
        assertThat(measured("see GD2026112700001", 8)).containsExactly("see", "GD202611", "2700001");
    }

    @Test
    void neverSplitsSurrogatePairsOrCombiningMarks() {
        String text = "\uD841\uDF79\uD841\uDF79\uD841\uDF79";
        assertThat(columns(text, 3)).containsExactly("\uD841\uDF79", "\uD841\uDF79", "\uD841\uDF79");
        assertThat(measured("\uD840\uDC00\uD840\uDC01\uD840\uDC02", 4))
                .containsExactly("\uD840\uDC00\uD840\uDC01", "\uD840\uDC02");
        assertThat(columns("abe\u0301cd", 3)).containsExactly("abe\u0301", "cd");
        String emoji = "\uD83D\uDE00".repeat(5);
        assertThat(columns(emoji, 5)).containsExactly("\uD83D\uDE00".repeat(2), "\uD83D\uDE00".repeat(2), "\uD83D\uDE00");
    }

    @Test
    void aMarkStaysWithItsCharacterEvenWhenTheFontGivesItAWidth() {
        assertThat(LineWrapper.wrap("abe\u0301cd", 3, cp -> 1)).containsExactly("ab", "e\u0301c", "d");
        assertThat(LineWrapper.wrap("受\u20DD理", 2, cp -> cp == 0x20DD ? 0.5 : 1)).containsExactly("受\u20DD", "理");
    }

    @Test
    void aMarkAfterASpaceIsKeptAtABreak() {
        assertThat(columns("a \u0301b", 2)).containsExactly("a", "\u0301b");
    }

    @Test
    void honoursLineBreaks() {
        assertThat(columns("one\ntwo\r\nthree\rfour", 48)).containsExactly("one", "two", "three", "four");
        assertThat(measured("one\ntwo\r\nthree\rfour", 48)).containsExactly("one", "two", "three", "four");
        assertThat(columns("a\n\nb\n", 48)).containsExactly("a", "", "b", "");
        assertThat(measured("a\n\nb", 10)).containsExactly("a", "", "b");
        assertThat(columns("", 48)).containsExactly("");
        assertThat(measured("", 10)).containsExactly("");
    }

    @Test
    void theWidthFunctionIsNeverAskedAboutLineBreaks() {
        IntToDoubleFunction noLineBreaks = cp -> {
            assertThat(cp).isNotIn((int) '\n', (int) '\r');
            return 1;
        };
        assertThat(LineWrapper.wrap("ab\r\ncd\ref\n", 5, noLineBreaks)).containsExactly("ab", "cd", "ef", "");
    }

    @Test
    void leadingSpacesIndentTheFirstLineOfAParagraphWhenTheyFit() {
        assertThat(columns("  indented text", 20)).containsExactly("  indented text");
        assertThat(measured("  ab cd", 5)).containsExactly("  ab", "cd");
        assertThat(columns("one\n  two three", 6)).containsExactly("one", "  two", "three");
        assertThat(columns("      indented", 10)).containsExactly("indented");
        assertThat(columns("word   ", 20)).containsExactly("word");
        assertThat(columns("   ", 20)).containsExactly("");
    }

    @Test
    void doubleSizeTextHasHalfTheColumns() {
        assertThat(columns("政务服务一体机受理回执", 48 / 2)).containsExactly("政务服务一体机受理回执");
        assertThat(columns("政务服务一体机受理回执 Government service receipt", 24))
                .containsExactly("政务服务一体机受理回执", "Government service", "receipt");
    }

    @Test
    void usesTheGivenWidthFunction() {
        // a printer prints é from its double-byte font: two columns
        assertThat(LineWrapper.wrapColumns("café café", 5, cp -> cp < 0x80 ? 1 : 2)).containsExactly("café", "café");
    }

    @Test
    void rejectsALineWidthThatIsNotPositiveAndFinite() {
        for (double maxWidth : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> measured("x", maxWidth))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line width");
        }
        assertThatThrownBy(() -> columns("x", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columns must be positive");
    }

    @Test
    void rejectsAWidthThatIsNegativeOrNotFiniteWithoutNamingTheCharacter() {
        for (double width : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> LineWrapper.wrap("陈", 10, cp -> width))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("width function")
                    .hasMessageNotContaining("陈")
                    .hasMessageNotContaining("9648");
        }
        assertThatThrownBy(() -> LineWrapper.wrapColumns("x", 5, cp -> -2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomTextInColumnsNeverExceedsTheWidthAndKeepsEveryCharacter() {
        Random random = new Random(20240101);
        for (int round = 0; round < 5000; round++) {
            int columns = 2 + random.nextInt(60);
            String input = randomText(random, columns);
            List<String> lines = columns(input, columns);
            for (String line : lines) {
                assertThat(DisplayWidth.of(line)).as("line of %s in %d columns", line, columns).isLessThanOrEqualTo(columns);
            }
            assertWellFormed(input, lines);
        }
    }

    @Test
    void randomTextInFractionalWidthsNeverExceedsTheWidthAndKeepsEveryCharacter() {
        // eighths add up exactly in binary, so a line may fill the width to the last unit without rounding
        IntToDoubleFunction widthOf = cp -> DisplayWidth.of(cp) == 0 ? 0 : (DisplayWidth.of(cp) * 4 + Math.floorMod(cp, 3)) / 8.0;
        double widest = 10 / 8.0;
        Random random = new Random(20240102);
        for (int round = 0; round < 5000; round++) {
            double maxWidth = widest + random.nextInt(400) / 8.0;
            String input = randomText(random, (int) maxWidth);
            List<String> lines = LineWrapper.wrap(input, maxWidth, widthOf);
            for (String line : lines) {
                assertThat(width(line, widthOf)).as("line of %s in %s", line, maxWidth).isLessThanOrEqualTo(maxWidth);
            }
            assertWellFormed(input, lines);
        }
    }

    /** No line breaks in a line, no split surrogate pair, every character but spaces and line breaks kept in order. */
    private static void assertWellFormed(String input, List<String> lines) {
        for (String line : lines) {
            assertThat(line).doesNotContain("\n", "\r");
            // the input has no lone surrogates, so a line with one would have half of a split pair
            assertThat(line.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
        }
        assertThat(nonSpace(String.join("", lines))).isEqualTo(nonSpace(input));
    }

    private static String randomText(Random random, int lineWidth) {
        int[] alphabet = {'a', 'b', 'Z', '1', '.', '-', ' ', ' ', ' ', '中', '文', '，', '「', '」', 'か', 'Ａ', 0x0301,
                0x200B, 0x20779, 0x1F600, 'é', '\u00A0', '\n', '\r'};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            int cp = random.nextInt(8) == 0 ? randomCodePoint(random) : alphabet[random.nextInt(alphabet.length)];
            if (random.nextInt(50) == 0) {
                text.append("x".repeat(random.nextInt(3 * lineWidth + 1)));
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(0x3000);
            case 1 -> 0x3000 + random.nextInt(0xD800 - 0x3000);
            default -> 0x10000 + random.nextInt(0x30000);
        };
    }

    private static List<Integer> nonSpace(String text) {
        return text.codePoints().filter(cp -> cp != ' ' && cp != '\n' && cp != '\r').boxed().collect(Collectors.toList());
    }
}

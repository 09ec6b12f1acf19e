package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

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
        assertThat(LineWrapper.wrap("the quick brown fox jumps", 10))
                .containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void breaksBetweenAnyTwoCjkCharacters() {
        assertThat(LineWrapper.wrap("广东省政务服务数据管理局", 10))
                .containsExactly("广东省政务", "服务数据管", "理局");
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // without the rule "，" would start the second line and "「" end the first
        assertThat(LineWrapper.wrap("请凭本回执查询，谢谢。", 14)).containsExactly("请凭本回执查", "询，谢谢。");
        assertThat(LineWrapper.wrap("办理地点「广州」", 10)).containsExactly("办理地点", "「广州」");
        assertThat(LineWrapper.wrap("受理回执, Receipt.", 8)).containsExactly("受理回", "执,", "Receipt.");
    }

    @Test
    void wideCharacterNeverStraddlesTheEdge() {
        assertThat(LineWrapper.wrap("abc受理回执", 6)).containsExactly("abc受", "理回执");
        assertThat(LineWrapper.wrap("a受理", 4)).containsExactly("a受", "理");
        for (String line : LineWrapper.wrap("x中文中文中文中文中文中文中文", 5)) {
            assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void mixedTextAt48Columns() {
        String text = "申请人 Applicant: 陈大文 CHAN Tai Man, 事项 Matter: 港澳居民居住证申领 Residence permit for Hong Kong and Macao residents";
        List<String> lines = LineWrapper.wrap(text, 48);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(48));
        assertThat(lines.getFirst()).isEqualTo("申请人 Applicant: 陈大文 CHAN Tai Man, 事项");
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void hardBreaksAWordLongerThanALine() {
        assertThat(LineWrapper.wrap("see https://example.gov.cn/track?id=12345 now", 12))
                .containsExactly("see", "https://exam", "ple.gov.cn/t", "rack?id=1234", "5 now");
    }

    @Test
    void neverSplitsSurrogatePairsOrCombiningMarks() {
        String text = "\uD841\uDF79\uD841\uDF79\uD841\uDF79";
        assertThat(LineWrapper.wrap(text, 3)).containsExactly("\uD841\uDF79", "\uD841\uDF79", "\uD841\uDF79");
        assertThat(LineWrapper.wrap("abe\u0301cd", 3)).containsExactly("abe\u0301", "cd");
        String emoji = "\uD83D\uDE00".repeat(5);
        assertThat(LineWrapper.wrap(emoji, 5)).containsExactly("\uD83D\uDE00".repeat(2), "\uD83D\uDE00".repeat(2), "\uD83D\uDE00");
    }

    @Test
    void honoursLineBreaks() {
        assertThat(LineWrapper.wrap("one\ntwo\r\nthree\rfour", 48)).containsExactly("one", "two", "three", "four");
        assertThat(LineWrapper.wrap("a\n\nb\n", 48)).containsExactly("a", "", "b", "");
        assertThat(LineWrapper.wrap("", 48)).containsExactly("");
    }

    @Test
    void leadingIndentIsKeptWhenItFits() {
        assertThat(LineWrapper.wrap("  indented text", 20)).containsExactly("  indented text");
        assertThat(LineWrapper.wrap("word   ", 20)).containsExactly("word");
    }

    @Test
    void doubleSizeTextHasHalfTheColumns() {
        List<String> lines = LineWrapper.wrap("政务服务一体机受理回执", 48 / 2);
        assertThat(lines).containsExactly("政务服务一体机受理回执");
        assertThat(LineWrapper.wrap("政务服务一体机受理回执 Government service receipt", 24))
                .containsExactly("政务服务一体机受理回执", "Government service", "receipt");
    }

    @Test
    void usesTheGivenWidthFunction() {
        // a printer prints é from its double-byte font: two columns
        assertThat(LineWrapper.wrap("café café", 5, cp -> cp < 0x80 ? 1 : 2)).containsExactly("café", "café");
        assertThatThrownBy(() -> LineWrapper.wrap("x", 5, cp -> 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineWrapper.wrap("x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomStringsNeverExceedTheWidthAndKeepEveryCharacter() {
        Random random = new Random(20240101);
        int[] alphabet = {'a', 'b', 'Z', '1', '.', '-', ' ', ' ', ' ', '中', '文', '，', 'か', 'Ａ', 0x0301, 0x200B,
                0x20779, 0x1F600, 'é', '\n'};
        for (int round = 0; round < 5000; round++) {
            int columns = 2 + random.nextInt(60);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int cp = random.nextInt(8) == 0 ? randomCodePoint(random) : alphabet[random.nextInt(alphabet.length)];
                if (random.nextInt(50) == 0) {
                    text.append("x".repeat(random.nextInt(3 * columns)));
                }
                text.appendCodePoint(cp);
            }
            String input = text.toString();
            List<String> lines = LineWrapper.wrap(input, columns);
            for (String line : lines) {
                assertThat(DisplayWidth.of(line)).as("line of %s in %d columns", line, columns).isLessThanOrEqualTo(columns);
                assertThat(line).doesNotContain("\n");
            }
            assertThat(nonSpace(String.join("", lines))).as("columns %d", columns).isEqualTo(nonSpace(input));
            // the input has no lone surrogates, so a line with one would be half of a split pair
            for (String line : lines) {
                assertThat(line.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
            }
        }
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

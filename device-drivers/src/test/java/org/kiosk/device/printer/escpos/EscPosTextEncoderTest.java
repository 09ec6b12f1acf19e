package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.printer.escpos.Bytes.hex;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscPosTextEncoderTest {

    private final EscPosTextEncoder encoder = new EscPosTextEncoder(Charset.forName("GB18030"));

    @Test
    void chineseAndEnglishInGb18030() {
        EscPosTextEncoder.EncodedText encoded = encoder.encode("受理回执 Receipt");
        assertThat(hex(encoded.bytes())).isEqualTo("CA DC C0 ED BB D8 D6 B4 20 52 65 63 65 69 70 74");
        assertThat(encoded.replacedCharacters()).isZero();
    }

    @Test
    void twoByteNonChineseCharactersArePrinted() {
        assertThat(hex(encoder.encode("é·—€　").bytes())).isEqualTo("A8 A6 A1 A4 A1 AA A2 E3 A1 A1");
    }

    @Test
    void fourByteCharactersAndEmojiBecomeVisibleQuestionMarks() {
        // U+20779 (CJK Extension B) and U+1F600 are four-byte GB18030 sequences the printer font lacks
        EscPosTextEncoder.EncodedText encoded = encoder.encode("中\uD841\uDF79文\uD83D\uDE00!");
        assertThat(hex(encoded.bytes())).isEqualTo("D6 D0 3F CE C4 3F 21");
        assertThat(encoded.replacedCharacters()).isEqualTo(2);
    }

    @Test
    void controlCharactersAreReplacedButLineBreaksBecomeLineFeeds() {
        EscPosTextEncoder.EncodedText encoded = encoder.encode("a\u001B@b\tc\u0000d\u007Fe\u0085f\r\ng\rh\ni");
        assertThat(new String(encoded.bytes(), StandardCharsets.US_ASCII)).isEqualTo("a?@b?c?d?e?f\ng\nh\ni");
        assertThat(encoded.replacedCharacters()).isEqualTo(5);
        assertThat(encoded.bytes()).doesNotContain((byte) 0x1B);
    }

    @Test
    void loneSurrogatesPrivateUseAndUnassignedAreReplaced() {
        EscPosTextEncoder.EncodedText encoded = encoder.encode("\uD800x\uDC00\uE000\u0378");
        assertThat(new String(encoded.bytes(), StandardCharsets.US_ASCII)).isEqualTo("?x???");
        assertThat(encoded.replacedCharacters()).isEqualTo(4);
    }

    @Test
    void sanitizeKeepsLineBreaksForTheWrapperAndCountsReplacements() {
        EscPosTextEncoder.Sanitized sanitized = encoder.sanitize("名\uD83D\uDE00\n\u0007x");
        assertThat(sanitized.text()).isEqualTo("名?\n?x");
        assertThat(sanitized.replacedCharacters()).isEqualTo(2);
        assertThat(encoder.sanitize(sanitized.text()).replacedCharacters()).isZero();
    }

    @Test
    void columnsFollowPrintedBytes() {
        assertThat(encoder.columns('A')).isEqualTo(1);
        assertThat(encoder.columns('中')).isEqualTo(2);
        // East Asian Width calls é narrow, but the printer prints it from its double-byte font
        assertThat(encoder.columns('é')).isEqualTo(2);
        assertThat(encoder.columns(0x1F600)).as("printed as '?'").isEqualTo(1);
        assertThat(encoder.columns(0x07)).as("printed as '?'").isEqualTo(1);
    }

    @Test
    void rejectsCharsetsThatDoNotKeepAscii() {
        assertThatThrownBy(() -> new EscPosTextEncoder(StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASCII");
    }
}

package org.kiosk.device.qr.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kiosk.device.qr.codec.ScanDecodingException.Problem;

class ScanTextTest {

    @Test
    void utf8IsReadAsItIs() throws ScanDecodingException {
        ScanText text = ScanText.decode("粤省事 GD\t1".getBytes(StandardCharsets.UTF_8), false);
        assertThat(text).isEqualTo(new ScanText("粤省事 GD\t1", StandardCharsets.UTF_8));
    }

    @Test
    void gb18030OnlyWhereEnabled() throws ScanDecodingException {
        byte[] gb = "广东省".getBytes(ScanText.GB18030);
        assertThat(ScanText.decode(gb, true)).isEqualTo(new ScanText("广东省", ScanText.GB18030));
        assertProblem(gb, false, Problem.NOT_UTF8);
    }

    @Test
    void textThatIsUtf8StaysUtf8EvenWithTheFallback() throws ScanDecodingException {
        assertThat(ScanText.decode("中文".getBytes(StandardCharsets.UTF_8), true).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesOfNeitherCharacterSet() {
        assertProblem(new byte[] {'A', (byte) 0xFF, 'B'}, true, Problem.NOT_GB18030);
        assertProblem(new byte[] {(byte) 0x81}, true, Problem.NOT_GB18030);
        assertProblem(new byte[] {(byte) 0xC3, 0x28}, false, Problem.NOT_UTF8);
    }

    @Test
    void controlCharactersAreLineNoise() {
        assertProblem(new byte[] {'A', 0x00, 'B'}, false, Problem.CONTROL_CHARACTER);
        assertProblem(new byte[] {0x1B, '['}, true, Problem.CONTROL_CHARACTER);
        assertProblem("A\u0085".getBytes(StandardCharsets.UTF_8), false, Problem.CONTROL_CHARACTER);
    }

    @Test
    void messagesDoNotQuoteTheCode() {
        assertThatThrownBy(() -> ScanText.decode("SECRET\u0000".getBytes(StandardCharsets.UTF_8), false))
                .hasMessage("character 7 of the code is a control character");
        assertThat(new ScanText("SECRET", StandardCharsets.UTF_8).toString()).doesNotContain("SECRET");
    }

    private static void assertProblem(byte[] bytes, boolean gb18030, Problem problem) {
        assertThatThrownBy(() -> ScanText.decode(bytes, gb18030)).isInstanceOfSatisfying(ScanDecodingException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}

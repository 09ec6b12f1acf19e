package org.kiosk.device.qr.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScanFramerTest {

    private static final byte[] STX = {0x02};

    @ParameterizedTest
    @EnumSource(Terminator.class)
    void codesEndAtTheTerminatorHoweverTheBytesAreSplit(Terminator terminator) {
        byte[] stream = concat(ascii("FIRST"), terminator.bytes(), ascii("SECOND"), terminator.bytes());
        for (int split = 0; split <= stream.length; split++) {
            ScanFramer framer = new ScanFramer(Framing.suffix(terminator));
            List<String> codes = new ArrayList<>();
            codes.addAll(texts(framer.feed(stream, 0, split)));
            codes.addAll(texts(framer.feed(stream, split, stream.length - split)));
            assertThat(codes).as("split at %d", split).containsExactly("FIRST", "SECOND");
            assertThat(framer.buffered()).isZero();
        }
    }

    @Test
    void aLoneCrInsideACrlfCodeBelongsToTheCode() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CRLF));
        assertThat(texts(feed(framer, ascii("A\rB\r\r\n")))).containsExactly("A\rB\r");
    }

    @Test
    void emptyCodesAreDropped() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CR));
        assertThat(texts(feed(framer, ascii("\r\rX\r")))).containsExactly("X");
    }

    @Test
    void aCodeOfExactlyTheMaximumIsAccepted() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CRLF).withMaxLength(8));
        assertThat(texts(feed(framer, ascii("12345678\r\n")))).containsExactly("12345678");
    }

    @ParameterizedTest
    @EnumSource(Terminator.class)
    void aLongerCodeIsReportedOnceAndTheNextIsReadWhole(Terminator terminator) {
        ScanFramer framer = new ScanFramer(Framing.suffix(terminator).withMaxLength(8));
        List<ScanFramer.Event> events = feed(framer, concat(ascii("123456789ABCDEF"), terminator.bytes(),
                ascii("NEXT"), terminator.bytes()));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new ScanFramer.Overlong(8));
        assertThat(new String(((ScanFramer.Code) events.get(1)).bytes(), StandardCharsets.US_ASCII)).isEqualTo("NEXT");
    }

    @Test
    void overlongCodeEndingInAPartialCrlfResyncs() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CRLF).withMaxLength(4));
        List<ScanFramer.Event> events = feed(framer, ascii("12345\r\nOK\r\n"));
        assertThat(events).containsExactly(new ScanFramer.Overlong(4), events.get(1));
        assertThat(texts(events)).containsExactly("OK");
    }

    @Test
    void withAPrefixBytesOutsideCodesAreNoise() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.ETX).withPrefix(STX));
        List<ScanFramer.Event> events = feed(framer, concat(ascii("junk"), STX, ascii("ONE"), new byte[] {3},
                ascii("\r\n"), STX, ascii("TWO"), new byte[] {3}));
        assertThat(texts(events)).containsExactly("ONE", "TWO");
        assertThat(framer.noiseBytes()).isEqualTo(6);
    }

    @Test
    void aPrefixInsideACodeStartsItAgain() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CR).withPrefix(ascii("]Q")));
        assertThat(texts(feed(framer, ascii("]QCUT]QWHOLE\r")))).containsExactly("WHOLE");
        assertThat(framer.noiseBytes()).isEqualTo(3);
    }

    @Test
    void aMultiBytePrefixIsFoundAfterAFalseStart() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CR).withPrefix(ascii("]]Q")));
        assertThat(texts(feed(framer, ascii("]]]QCODE\r")))).containsExactly("CODE");
        assertThat(framer.noiseBytes()).isEqualTo(1);
    }

    @Test
    void withAPrefixAnOverlongCodeResyncsAtTheNextPrefix() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CR).withPrefix(STX).withMaxLength(4));
        List<ScanFramer.Event> events = feed(framer, concat(STX, ascii("TOOLONG"), STX, ascii("OK\r")));
        assertThat(events.getFirst()).isEqualTo(new ScanFramer.Overlong(4));
        assertThat(texts(events)).containsExactly("OK");
    }

    @Test
    void resetForgetsAPartialCode() {
        ScanFramer framer = new ScanFramer(Framing.suffix(Terminator.CR));
        feed(framer, ascii("PARTIAL"));
        assertThat(framer.buffered()).isEqualTo(7);
        framer.reset();
        assertThat(framer.buffered()).isZero();
        assertThat(texts(feed(framer, ascii("NEW\r")))).containsExactly("NEW");
    }

    @Test
    void framingIsValidated() {
        assertThatThrownBy(() -> Framing.suffix(Terminator.CR).withMaxLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum length");
        assertThatThrownBy(() -> Framing.suffix(Terminator.CRLF).withPrefix(new byte[] {'\n'}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
        assertThat(Terminator.named(" crlf ")).contains(Terminator.CRLF);
        assertThat(Terminator.named("TAB")).isEmpty();
    }

    private static List<ScanFramer.Event> feed(ScanFramer framer, byte[] bytes) {
        return framer.feed(bytes, 0, bytes.length);
    }

    static List<String> texts(List<ScanFramer.Event> events) {
        return events.stream().filter(e -> e instanceof ScanFramer.Code)
                .map(e -> new String(((ScanFramer.Code) e).bytes(), StandardCharsets.UTF_8)).toList();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

package org.kiosk.sim.printer;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.Hex.ascii;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;

class EscPosInterpreterTest {

    private static final PrintStyle PLAIN = PrintStyle.DEFAULT;

    private final RecordingHandler handler = new RecordingHandler();
    private final EscPosInterpreter interpreter = new EscPosInterpreter(handler);

    private List<String> run(byte[] bytes) {
        interpreter.feed(bytes);
        return handler.events;
    }

    @Test
    void initialiseTextAndLineFeed() {
        assertThat(run(concat(hex("1B 40"), ascii("Hello"), hex("0D 0A")))).containsExactly(
                "init", "text Hello " + PLAIN, "CR", "LF");
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void carriageReturnEndsATextRunAndIsReportedButDoesNotFeed() {
        assertThat(run(concat(ascii("AB"), hex("0D"), ascii("CD"), hex("0A")))).containsExactly(
                "text AB " + PLAIN, "CR", "text CD " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void endOfInputHandsOverHeldBackText() {
        run(concat(hex("1B 45 01"), ascii("tail")));
        assertThat(handler.events).isEmpty();
        interpreter.endOfInput();
        assertThat(handler.events).containsExactly("text tail " + new PrintStyle(true, 1, 1, Justification.LEFT));
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void endOfInputReportsACommandCutShort() {
        run(concat(ascii("ab"), hex("0A 1D 28 6B 10 00 31")));
        interpreter.endOfInput();
        run(concat(ascii("c"), hex("0A")));
        assertThat(handler.events).containsExactly("text ab " + PLAIN, "LF", "text c " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message)
                .containsExactly("stream ended inside a command or character, 6 bytes of it received at offset 3");
    }

    @Test
    void endOfInputReportsAPayloadCutShort() {
        run(hex("1D 28 6B 10 00 30 41"));
        interpreter.endOfInput();
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message).containsExactly(
                "2D symbol type 30 not supported (only 31, QR) in 1D 28 6B at offset 0",
                "stream ended 14 bytes before the end of a command's payload at offset 7");
    }

    @Test
    void printStyleIsTheStyleInEffect() {
        assertThat(interpreter.printStyle()).isEqualTo(PLAIN);
        run(hex("1B 61 02 1B 45 01 1D 21 10"));
        assertThat(interpreter.printStyle()).isEqualTo(new PrintStyle(true, 2, 1, Justification.RIGHT));
        run(hex("1B 40"));
        assertThat(interpreter.printStyle()).isEqualTo(PLAIN);
    }

    @Test
    void justificationAcceptsBinaryAndAsciiDigits() {
        byte[] job = concat(hex("1B 61 01"), ascii("c"), hex("0A 1B 61 32"), ascii("r"), hex("0A 1B 61 30"),
                ascii("l"), hex("0A 1B 61 02"), ascii("R"), hex("0A 1B 61 31"), ascii("C"), hex("0A 1B 61 00"),
                ascii("L"), hex("0A"));
        assertThat(run(job).stream().filter(e -> e.startsWith("text")).map(e -> e.substring(5, 6) + " "
                + e.substring(e.lastIndexOf('=') + 1))).containsExactly(
                "c CENTER]", "r RIGHT]", "l LEFT]", "R RIGHT]", "C CENTER]", "L LEFT]");
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void justificationOutOfRangeIsReportedAndIgnored() {
        run(concat(hex("1B 61 01 1B 61 07"), ascii("x"), hex("0A")));
        assertThat(handler.events.getFirst()).endsWith("justification=CENTER]");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message)
                .containsExactly("justification 07 out of range in 1B 61 at offset 3");
    }

    @Test
    void emphasisOnAndOff() {
        run(concat(hex("1B 45 01"), ascii("B"), hex("1B 45 00"), ascii("p"), hex("0A")));
        assertThat(handler.events).containsExactly(
                "text B " + new PrintStyle(true, 1, 1, Justification.LEFT),
                "text p " + PLAIN, "LF");
    }

    @Test
    void printModeSetsBoldDoubleHeightAndDoubleWidth() {
        run(concat(hex("1B 21 08"), ascii("a"), hex("1B 21 10"), ascii("b"), hex("1B 21 20"), ascii("c"),
                hex("1B 21 38"), ascii("d"), hex("1B 21 00"), ascii("e")));
        run(hex("0A"));
        assertThat(handler.events).containsExactly(
                "text a " + new PrintStyle(true, 1, 1, Justification.LEFT),
                "text b " + new PrintStyle(false, 1, 2, Justification.LEFT),
                "text c " + new PrintStyle(false, 2, 1, Justification.LEFT),
                "text d " + new PrintStyle(true, 2, 2, Justification.LEFT),
                "text e " + PLAIN, "LF");
    }

    @Test
    void characterSizeNibbles() {
        run(concat(hex("1D 21 11"), ascii("a"), hex("1D 21 70"), ascii("b"), hex("1D 21 07"), ascii("c"),
                hex("1D 21 88"), ascii("d"), hex("0A")));
        assertThat(handler.events).containsExactly(
                "text a " + new PrintStyle(false, 2, 2, Justification.LEFT),
                "text b " + new PrintStyle(false, 8, 1, Justification.LEFT),
                "text c " + new PrintStyle(false, 1, 8, Justification.LEFT),
                "text d " + new PrintStyle(false, 1, 8, Justification.LEFT), "LF");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message)
                .containsExactly("character size 88 out of range (each nibble 0-7) in 1D 21 at offset 12");
    }

    @Test
    void cuts() {
        run(hex("1D 56 00 1D 56 01 1D 56 41 10 1D 56 42 05 1D 56 30 1D 56 31"));
        assertThat(handler.events).containsExactly(
                "cut FULL 0", "cut PARTIAL 0", "cut FULL 16", "cut PARTIAL 5", "cut FULL 0", "cut PARTIAL 0");
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void chineseModeDecodesTwoAndFourByteGb18030() {
        // 中文 = D6 D0 CE C4; U+20000 = 95 32 82 36; U+0080 = 81 30 81 30; é = A8 A6
        run(concat(hex("1C 26"), ascii("A"), hex("D6 D0 CE C4"), ascii(" "), hex("95 32 82 36 81 30 81 30 A8 A6"),
                hex("0A 1C 2E"), ascii("ok"), hex("0A")));
        assertThat(handler.events).containsExactly(
                "text A中文 \uD840\uDC00\u0080é " + PLAIN, "LF", "text ok " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).isEmpty();
        assertThat(interpreter.chineseMode()).isFalse();
    }

    @Test
    void highBytesWithChineseModeOffAreReported() {
        run(concat(hex("D6 D0"), hex("0A")));
        assertThat(handler.events).containsExactly("text ?? " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message).containsExactly(
                "byte D6 is not ASCII and Chinese mode (FS &) is off at offset 0",
                "byte D0 is not ASCII and Chinese mode (FS &) is off at offset 1");
    }

    @Test
    void brokenGb18030ResyncsOnTheNextByte() {
        // a lead byte followed by LF: the LF still feeds
        run(concat(hex("1C 26 D6 0A CE C4 0A")));
        assertThat(handler.events).containsExactly("LF", "text 文 " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message)
                .containsExactly("invalid second byte of a GB18030 character at offset 2");
    }

    @Test
    void qrFunctions() {
        byte[] job = concat(
                hex("1D 28 6B 04 00 31 41 32 00"),
                hex("1D 28 6B 03 00 31 43 06"),
                hex("1D 28 6B 03 00 31 45 33"),
                hex("1D 28 6B 05 00 31 50 30"), ascii("hi"),
                hex("1D 28 6B 03 00 31 52 30"),
                hex("1B 61 01"),
                hex("1D 28 6B 03 00 31 51 30"));
        run(job);
        assertThat(handler.events).containsExactly(
                "qr stored 6869",
                "qr print 6869 module 6 ec H model 2 CENTER");
        assertThat(interpreter.protocolErrors()).isEmpty();
    }

    @Test
    void qrDefaultsAndProblems() {
        run(concat(
                hex("1D 28 6B 03 00 31 51 30"),
                hex("1D 28 6B 03 00 31 43 11"),
                hex("1D 28 6B 03 00 31 45 39"),
                hex("1D 28 6B 04 00 31 43 05 05"),
                hex("1D 28 6B 04 00 31 50 30"), ascii("x"),
                hex("1D 28 6B 03 00 31 51 30"),
                hex("1D 28 6B 03 00 30 43 05")));
        assertThat(handler.events).containsExactly("qr stored 78", "qr print 78 module 3 ec L model 2 LEFT");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message).containsExactly(
                "QR print (function 51) with no data stored at offset 0",
                "QR module size 17 out of range 1-16 at offset 8",
                "QR error correction level 39 out of range 30-33 at offset 16",
                "QR function 43 expects pL/pH = 3, got 4 at offset 24",
                "2D symbol type 30 not supported (only 31, QR) in 1D 28 6B at offset 50");
        assertThat(handler.events.get(1)).contains("ec " + ErrorCorrectionLevel.L);
    }

    @Test
    void rasterImage() {
        run(concat(hex("1B 61 02 1D 76 30 03 02 00 02 00 80 01 FF 00"), ascii("z"), hex("0A")));
        RasterImage expected = new RasterImage(2, 2, hex("80 01 FF 00"), true, true);
        assertThat(handler.events).containsExactly(
                "raster " + expected + " 8001ff00 RIGHT",
                "text z " + new PrintStyle(false, 1, 1, Justification.RIGHT), "LF");
        assertThat(expected.isBlack(0, 0)).isTrue();
        assertThat(expected.isBlack(15, 0)).isTrue();
        assertThat(expected.isBlack(1, 0)).isFalse();
        assertThat(expected.isBlack(7, 1)).isTrue();
        assertThat(expected.isBlack(8, 1)).isFalse();
    }

    @Test
    void rasterWiderThanThePaperIsReported() {
        byte[] data = new byte[73];
        run(concat(hex("1D 76 30 00 49 00 01 00"), data));
        assertThat(handler.events).hasSize(1);
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message).containsExactly(
                "raster image 584 dots wide exceeds the printable width of 576 dots; clipped at offset 0");
    }

    @Test
    void automaticStatusBackAndRealTimeStatus() {
        run(concat(hex("1D 61 FF 10 04 01 10 04 02 10 04 03 10 04 04 10 04 05")));
        assertThat(handler.events).containsExactly("asb 255", "status 1", "status 2", "status 3", "status 4");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message)
                .containsExactly("real-time status request 05 out of range 1-4 in 10 04 at offset 15");
    }

    @Test
    void realTimeStatusIsHandledInTheMiddleOfText() {
        run(concat(ascii("AB"), hex("10 04 01"), ascii("CD")));
        assertThat(handler.events).containsExactly("text AB " + PLAIN, "status 1");
    }

    @Test
    void unknownCommandsAreRecordedAndSkipped() {
        run(concat(ascii("a"), hex("1D 99"), ascii("b"), hex("1B 64 03"), ascii("c"), hex("1C 99"), ascii("d"),
                hex("1D 28 41 02 00 30 31"), ascii("e"), hex("07"), ascii("f"), hex("0A")));
        assertThat(handler.events).containsExactly("text a " + PLAIN, "text b " + PLAIN, "text c " + PLAIN,
                "text d " + PLAIN, "text e " + PLAIN, "text f " + PLAIN, "LF");
        assertThat(interpreter.protocolErrors()).extracting(ProtocolError::message).containsExactly(
                "unknown command 1D 99 at offset 1",
                "unknown command 1B 64 at offset 4",
                "unknown command 1C 99 at offset 8",
                "unknown command 1D 28 41 at offset 11",
                "unknown control byte 07 at offset 19");
    }

    @Test
    void everySplitPointGivesTheSameResult() {
        byte[] job = concat(
                hex("1B 40 1C 26 1B 61 01 1D 21 11"), hex("CA DC C0 ED BB D8 D6 B4"), hex("0A"),
                hex("1D 21 00 1B 61 00 1B 45 01"), ascii("No. 42"), hex("1B 45 00 0A"),
                hex("95 32 82 36 81 30 81 30 A8 A6 0A"),
                hex("10 04 04"),
                hex("1B 21 38"), ascii("big"), hex("1B 21 00 0A"),
                hex("1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 04 1D 28 6B 03 00 31 45 31"),
                hex("1D 28 6B 1D 00 31 50 30"), ascii("https://kiosk.example/test"),
                hex("1D 28 6B 03 00 31 51 30"),
                hex("1D 76 30 00 01 00 02 00 AA 55"),
                hex("1D 99"), hex("1B 64 02"), hex("1D 61 0F"),
                hex("1D 56 42 20"));
        EscPosInterpreter whole = new EscPosInterpreter(handler);
        whole.feed(job);
        List<String> expected = List.copyOf(handler.events);
        List<ProtocolError> expectedErrors = whole.protocolErrors();
        assertThat(expected).contains("status 4", "cut PARTIAL 32");
        assertThat(expectedErrors).hasSize(2);

        for (int split = 1; split < job.length; split++) {
            RecordingHandler h = new RecordingHandler();
            EscPosInterpreter i = new EscPosInterpreter(h);
            i.feed(job, 0, split);
            i.feed(job, split, job.length - split);
            assertThat(h.events).as("split at %d", split).isEqualTo(expected);
            assertThat(i.protocolErrors()).as("split at %d", split).isEqualTo(expectedErrors);
        }
        RecordingHandler h = new RecordingHandler();
        EscPosInterpreter byteByByte = new EscPosInterpreter(h);
        for (int k = 0; k < job.length; k++) {
            byteByByte.feed(job, k, 1);
        }
        assertThat(h.events).isEqualTo(expected);
        assertThat(byteByByte.protocolErrors()).isEqualTo(expectedErrors);
    }

    @Test
    void resetForgetsPartialCommandsAndModes() {
        run(hex("1C 26 1B 21 38 1D 28 6B 10 00 31 50"));
        interpreter.reset();
        run(concat(ascii("x"), hex("0A")));
        assertThat(handler.events).containsExactly("text x " + PLAIN, "LF");
        assertThat(interpreter.chineseMode()).isFalse();
    }

    @Test
    @Timeout(30)
    void randomGarbageNeverThrowsNorHangs() {
        Random random = new Random(20240101);
        for (int round = 0; round < 3; round++) {
            byte[] garbage = new byte[100_000];
            random.nextBytes(garbage);
            EscPosInterpreter i = new EscPosInterpreter(new RecordingHandler());
            int at = 0;
            while (at < garbage.length) {
                int chunk = Math.min(garbage.length - at, 1 + random.nextInt(600));
                i.feed(garbage, at, chunk);
                at += chunk;
            }
            assertThat(i.protocolErrors()).isNotEmpty();
            assertThat(i.currentOffset()).isBetween(0L, (long) garbage.length);
        }
    }

    @Test
    @Timeout(30)
    void garbageInChineseModeNeverThrows() {
        Random random = new Random(7);
        byte[] garbage = new byte[100_000];
        random.nextBytes(garbage);
        EscPosInterpreter i = new EscPosInterpreter(new RecordingHandler());
        i.feed(hex("1C 26"));
        i.feed(garbage);
        assertThat(i.protocolErrors()).isNotEmpty();
    }
}

package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.LineWrapper;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.kiosk.device.printer.receipt.TextStyle;
import org.junit.jupiter.api.Test;

/**
 * Random input through the codecs: only the documented exceptions may come out (MalformedStatusException,
 * ReceiptEncodingException, and IllegalArgumentException from the receipt model for invalid elements), and
 * whatever is encoded must be well-formed ESC/POS that fits the paper.
 */
class EscPosFuzzTest {

    private static final List<PrinterProfile> PROFILES = List.of(PrinterProfile.GENERIC_80MM,
            PrinterProfile.GENERIC_80MM_RASTER_QR, PrinterProfile.GENERIC_58MM, PrinterProfile.CN_80MM_SWAPPED_SENSORS);

    @Test
    void randomStatusBytes() {
        Random random = new Random(7);
        int malformed = 0;
        for (int i = 0; i < 100_000; i++) {
            PrinterProfile profile = PROFILES.get(random.nextInt(PROFILES.size()));
            StatusQuery query = StatusQuery.values()[random.nextInt(4)];
            byte answer = (byte) random.nextInt(256);
            boolean wellFormed = (answer & 0x93) == 0x12;
            try {
                StatusAnswer decoded = new RealTimeStatus(profile).decode(query, answer);
                if (!wellFormed || decoded.query() != query) {
                    fail("0x%02X for %s decoded as %s", answer, query, decoded);
                }
            } catch (MalformedStatusException e) {
                malformed++;
                if (wellFormed) {
                    fail("well-formed 0x%02X rejected for %s", answer, query);
                }
            }
        }
        // 16 of 256 byte values are well formed
        assertThat(malformed).isBetween(92_000, 95_500);
    }

    @Test
    void randomStatusQuadruplesCombine() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            RealTimeStatus status = new RealTimeStatus(PROFILES.get(random.nextInt(PROFILES.size())));
            byte[] answers = new byte[4];
            for (int j = 0; j < 4; j++) {
                // mostly well formed, so that the combiner gets exercised
                answers[j] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : (random.nextInt(256) & ~0x93) | 0x12);
            }
            try {
                PrinterCondition condition = status.condition(answers[0], answers[1], answers[2], answers[3]);
                assertThat(condition.canPrint()).isEqualTo(condition.blocking().isEmpty());
                assertThat(condition.detail().paper() == PaperState.OUT)
                        .isEqualTo(condition.blocking().contains(PrinterError.PAPER_OUT));
            } catch (MalformedStatusException e) {
                assertThat(e.getMessage()).startsWith("DLE EOT ");
            }
        }
    }

    @Test
    void randomTextThroughTheTextEncoder() {
        Random random = new Random(13);
        EscPosTextEncoder encoder = new EscPosTextEncoder(PrinterProfile.GENERIC_80MM.charset());
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, random.nextInt(80));
            EscPosTextEncoder.EncodedText encoded = encoder.encode(text);
            for (byte b : encoded.bytes()) {
                if (b != 0x0A && ((b & 0xFF) < 0x20 || b == 0x7F)) {
                    fail("control byte 0x%02X in the text bytes", b);
                }
            }
            EscPosTextEncoder.Sanitized sanitized = encoder.sanitize(text);
            if (sanitized.replacedCharacters() != encoded.replacedCharacters()) {
                fail("sanitize and encode count replacements differently");
            }
            for (String line : LineWrapper.wrapColumns(sanitized.text(), 48, encoder::columns)) {
                if (encoder.encode(line).bytes().length > 48) {
                    fail("a wrapped line prints wider than 48 columns");
                }
            }
        }
    }

    @Test
    void randomReceipts() {
        Random random = new Random(17);
        int encoded = 0;
        int rejected = 0;
        for (int i = 0; i < 1_500; i++) {
            PrinterProfile profile = PROFILES.get(random.nextInt(PROFILES.size()));
            Receipt receipt = randomReceipt(random);
            try {
                EncodedReceipt result = new EscPosEncoder(profile).encode(receipt);
                encoded++;
                PrintedJob printed = PrintedJob.read(result.bytes());
                assertThat(printed.initialisations()).isEqualTo(1);
                assertThat(printed.chineseMode()).isTrue();
                assertThat(printed.stylesAreDefault()).isTrue();
                assertThat(printed.lines()).allSatisfy(l -> assertThat(l.columns()).isLessThanOrEqualTo(profile.columns()));
                assertThat(printed.rasters()).allSatisfy(r -> assertThat(r.bytesPerRow() * 8).isLessThanOrEqualTo(profile.paperWidthDots()));
                assertThat(result.replacedCharacters()).isNotNegative();
            } catch (ReceiptEncodingException e) {
                rejected++;
                assertThat(e.code()).isIn(PrinterError.RECEIPT_TOO_LARGE, PrinterError.RECEIPT_INVALID);
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        assertThat(encoded).isGreaterThan(1_000);
        assertThat(rejected).isPositive();
    }

    private static Receipt randomReceipt(Random random) {
        List<ReceiptElement> elements = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            ReceiptElement element = randomElement(random);
            if (element != null) {
                elements.add(element);
            }
        }
        return new Receipt(elements);
    }

    /** A random element, or null where the model rejected the random input (with IllegalArgumentException). */
    private static ReceiptElement randomElement(Random random) {
        try {
            return switch (random.nextInt(8)) {
                case 0 -> new ReceiptElement.Title(randomText(random, random.nextInt(60)));
                case 1, 2 -> new ReceiptElement.Text(randomText(random, random.nextInt(random.nextInt(10) == 0 ? 2000 : 100)),
                        new TextStyle(Alignment.values()[random.nextInt(3)], random.nextBoolean(), random.nextBoolean()));
                case 3 -> new ReceiptElement.KeyValue(randomText(random, random.nextInt(30)), randomText(random, random.nextInt(80)));
                case 4 -> new ReceiptElement.Separator();
                case 5 -> new ReceiptElement.QrCode(randomText(random, random.nextInt(20) == 0 ? 2000 + random.nextInt(2000) : random.nextInt(120)));
                case 6 -> {
                    int width = random.nextInt(4) == 0 ? random.nextInt(1500) : random.nextInt(100);
                    int height = random.nextInt(60);
                    boolean[] pixels = new boolean[Math.max(0, width * height + (random.nextInt(20) == 0 ? 1 : 0))];
                    for (int p = 0; p < pixels.length; p++) {
                        pixels[p] = random.nextBoolean();
                    }
                    yield new ReceiptElement.Image(width, height, pixels);
                }
                default -> new ReceiptElement.Cut(random.nextBoolean());
            };
        } catch (IllegalArgumentException invalidModelInput) {
            return null;
        }
    }

    /** Random code units: ASCII, controls, CJK, kana, emoji, Extension B, lone surrogates, combining marks, spaces. */
    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(12)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append(' ');
                case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5200)));
                case 3 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 4 -> text.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
                case 5 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 6 -> text.append((char) (0x0300 + random.nextInt(0x70)));
                case 7 -> text.append((char) random.nextInt(0x10000));
                case 8 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 9 -> text.append("x".repeat(random.nextInt(60)));
                default -> text.append((char) (0x21 + random.nextInt(0x5E)));
            }
        }
        return text.toString();
    }
}

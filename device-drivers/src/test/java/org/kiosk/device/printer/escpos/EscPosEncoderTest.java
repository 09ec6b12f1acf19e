package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.printer.escpos.Bytes.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.kiosk.device.printer.receipt.TextStyle;
import org.kiosk.sim.printer.Justification;
import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    private static final String HEADER = "1B 40 1C 26 ";

    private final EscPosEncoder encoder = new EscPosEncoder(PrinterProfile.GENERIC_80MM);

    /** A typical acceptance receipt: what the kiosk prints after an application is submitted. */
    static Receipt sampleReceipt() {
        return Receipt.builder()
                .title("受理回执 Receipt")
                .text("广东省政务服务一体机 Guangdong government self-service", TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .separator()
                .keyValue("事项 Matter", "港澳居民居住证申领")
                .keyValue("受理编号 Case no.", "GD2024-0001234567")
                .keyValue("申请人 Applicant", "陈**")
                .keyValue("受理时间 Accepted", "2024-05-06 14:32")
                .keyValue("办理地点 Where", "广州市天河区政务服务中心 24小时自助服务区")
                .separator()
                .text("请凭本回执查询办理进度。Keep this receipt to track your case.")
                .text("扫码查询 Scan to track", TextStyle.NORMAL.withAlignment(Alignment.CENTER).withBold())
                .qr("https://www.gdzwfw.gov.cn/track?case=GD2024-0001234567")
                .cut()
                .build();
    }

    private String encodedHex(ReceiptElement... elements) throws ReceiptEncodingException {
        return hex(encoder.encode(new Receipt(List.of(elements))).bytes());
    }

    @Test
    void startsWithInitialiseAndChineseMode() throws Exception {
        assertThat(encodedHex()).isEqualTo("1B 40 1C 26");
    }

    @Test
    void titleIsCentredBoldDoubleSizeAndResetAfter() throws Exception {
        assertThat(encodedHex(new ReceiptElement.Title("受理回执 Receipt"))).isEqualTo(HEADER
                + "1B 61 01 1B 45 01 1D 21 11 "
                + "CA DC C0 ED BB D8 D6 B4 20 52 65 63 65 69 70 74 0A "
                + "1D 21 00 1B 45 00 1B 61 00");
    }

    @Test
    void plainTextSetsNoStyle() throws Exception {
        assertThat(encodedHex(new ReceiptElement.Text("Hi", TextStyle.NORMAL))).isEqualTo(HEADER + "48 69 0A");
    }

    @Test
    void styledText() throws Exception {
        assertThat(encodedHex(new ReceiptElement.Text("Hi", new TextStyle(Alignment.RIGHT, true, false))))
                .isEqualTo(HEADER + "1B 61 02 1B 45 01 48 69 0A 1B 45 00 1B 61 00");
        assertThat(encodedHex(new ReceiptElement.Text("Hi", new TextStyle(Alignment.LEFT, false, true))))
                .isEqualTo(HEADER + "1D 21 11 48 69 0A 1D 21 00");
    }

    @Test
    void doubleSizeTextWrapsAtHalfTheColumns() throws Exception {
        EncodedReceipt encoded = encoder.encode(Receipt.builder()
                .text("一二三四五六七八九十一二三四五六七八九十", TextStyle.NORMAL.withDoubleSize()).build());
        List<PrintedJob.PrintedLine> lines = PrintedJob.read(encoded.bytes()).lines();
        assertThat(lines).extracting(PrintedJob.PrintedLine::text)
                .containsExactly("一二三四五六七八九十一二", "三四五六七八九十");
        assertThat(lines).allSatisfy(l -> assertThat(l.columns()).isLessThanOrEqualTo(48));
    }

    @Test
    void keyValueOnOneLineWhenItFits() throws Exception {
        List<PrintedJob.PrintedLine> lines = print(Receipt.builder().keyValue("姓名 Name", "陈大文").build());
        assertThat(lines).hasSize(1);
        // 姓名 Name = 9 columns, 陈大文 = 6 columns: 33 spaces between them fill 48
        assertThat(lines.getFirst().text()).isEqualTo("姓名 Name" + " ".repeat(33) + "陈大文");
        assertThat(lines.getFirst().columns()).isEqualTo(48);
    }

    @Test
    void keyValueNeedsOneSpaceBetween() throws Exception {
        String key = "k".repeat(20);
        assertThat(print(Receipt.builder().keyValue(key, "v".repeat(27)).build()))
                .extracting(PrintedJob.PrintedLine::text)
                .containsExactly(key + " " + "v".repeat(27));
        assertThat(print(Receipt.builder().keyValue(key, "v".repeat(28)).build()))
                .extracting(PrintedJob.PrintedLine::text)
                .containsExactly(key, " ".repeat(20) + "v".repeat(28));
    }

    @Test
    void longValueGoesBelowTheKeyRightAligned() throws Exception {
        String place = "广州市天河区政务服务中心二楼二十四小时自助服务区 Tianhe District Government Service Centre";
        List<PrintedJob.PrintedLine> lines = print(Receipt.builder().keyValue("地点 Place", place).build());
        assertThat(lines.getFirst().text()).isEqualTo("地点 Place");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            assertThat(l.columns()).isEqualTo(48);
            assertThat(l.text()).doesNotEndWith(" ");
        });
        assertThat(String.join("", lines.subList(1, lines.size()).stream().map(PrintedJob.PrintedLine::text).toList()).replace(" ", ""))
                .isEqualTo(place.replace(" ", ""));
    }

    @Test
    void keyValueWithEmptyValueHasNoTrailingPadding() throws Exception {
        assertThat(print(Receipt.builder().keyValue("备注", "").build()))
                .extracting(PrintedJob.PrintedLine::text).containsExactly("备注");
    }

    @Test
    void separatorSpansTheColumns() throws Exception {
        assertThat(encodedHex(new ReceiptElement.Separator())).isEqualTo(HEADER + "2D ".repeat(48) + "0A");
        byte[] narrow = new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().separator().build()).bytes();
        assertThat(PrintedJob.read(narrow).lines().getFirst().text()).isEqualTo("-".repeat(32));
    }

    @Test
    void nativeQrIsModelTwoSizeEcMStorePrintCentred() throws Exception {
        assertThat(encodedHex(new ReceiptElement.QrCode("ABC"))).isEqualTo(HEADER
                + "1B 61 01 "
                + "1D 28 6B 04 00 31 41 32 00 "
                + "1D 28 6B 03 00 31 43 06 "
                + "1D 28 6B 03 00 31 45 31 "
                + "1D 28 6B 06 00 31 50 30 41 42 43 "
                + "1D 28 6B 03 00 31 51 30 "
                + "1B 61 00");
    }

    @Test
    void nativeQrPayloadIsUtf8() throws Exception {
        PrintedJob printed = PrintedJob.read(encoder.encode(Receipt.builder().qr("受理 GD-1").build()).bytes());
        assertThat(printed.qrData()).hasSize(1);
        assertThat(printed.qrData().getFirst()).isEqualTo("受理 GD-1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nativeQrModuleShrinksWhenTheSymbolWouldBeWiderThanThePaper() throws Exception {
        String payload = "x".repeat(1000); // version 28 at EC M: 125 modules; 58 mm paper holds 384/125 = 3 dots each
        PrintedJob printed = PrintedJob.read(
                new EscPosEncoder(PrinterProfile.GENERIC_58MM).encode(Receipt.builder().qr(payload).build()).bytes());
        assertThat(printed.qrModuleSizes()).containsExactly(3);
        PrintedJob wide = PrintedJob.read(encoder.encode(Receipt.builder().qr(payload).build()).bytes());
        assertThat(wide.qrModuleSizes()).containsExactly(4);
    }

    @Test
    void qrPayloadTooLongIsRejected() {
        Receipt receipt = Receipt.builder().qr("x".repeat(2332)).build();
        for (PrinterProfile profile : List.of(PrinterProfile.GENERIC_80MM, PrinterProfile.GENERIC_80MM_RASTER_QR)) {
            assertThatThrownBy(() -> new EscPosEncoder(profile).encode(receipt))
                    .isInstanceOfSatisfying(ReceiptEncodingException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.RECEIPT_TOO_LARGE))
                    .hasMessageContaining("2332 UTF-8 bytes")
                    .hasMessageNotContaining("xxx");
        }
    }

    @Test
    void longestQrPayloadIsAccepted() throws Exception {
        // 2331 bytes is the byte-mode capacity of version 40 at error correction M
        assertThat(encoder.encode(Receipt.builder().qr("x".repeat(2331)).build()).bytes()).hasSizeGreaterThan(2331);
    }

    @Test
    void rasterQrWhenThePrinterHasNoNativeQr() throws Exception {
        String payload = "https://www.gdzwfw.gov.cn/track?case=GD2024-0001234567";
        byte[] bytes = new EscPosEncoder(PrinterProfile.GENERIC_80MM_RASTER_QR).encode(Receipt.builder().qr(payload).build()).bytes();
        PrintedJob printed = PrintedJob.read(bytes);
        assertThat(printed.qrData()).isEmpty();
        assertThat(printed.rasters()).hasSize(1);
        assertThat(printed.rasterAlignments()).containsExactly(Justification.CENTER);
        assertThat(printed.rasters().getFirst().bytesPerRow() * 8).isLessThanOrEqualTo(576);
        assertThat(RasterDecoding.decodeQr(printed.rasters().getFirst())).isEqualTo(payload);
        assertThat(printed.stylesAreDefault()).isTrue();
    }

    @Test
    void imageIsCentredRasterScaledToThePaper() throws Exception {
        boolean[] pixels = new boolean[800 * 10];
        Arrays.fill(pixels, true);
        PrintedJob printed = PrintedJob.read(encoder.encode(Receipt.builder().image(800, 10, pixels).build()).bytes());
        assertThat(printed.rasters()).hasSize(1);
        assertThat(printed.rasters().getFirst().bytesPerRow()).isEqualTo(72);
        assertThat(printed.rasters().getFirst().rows()).isEqualTo(7);
        assertThat(printed.rasterAlignments()).containsExactly(Justification.CENTER);
        assertThat(printed.stylesAreDefault()).isTrue();
    }

    @Test
    void cutFeedsTheProfileLinesThenFeedsToTheCutterAndCuts() throws Exception {
        assertThat(encodedHex(new ReceiptElement.Cut(false))).isEqualTo(HEADER + "0A 0A 0A 0A 1D 56 41 00");
        assertThat(encodedHex(new ReceiptElement.Cut(true))).isEqualTo(HEADER + "0A 0A 0A 0A 1D 56 42 00");
    }

    @Test
    void noElementLeaksItsStyle() throws Exception {
        List<ReceiptElement> elements = List.of(
                new ReceiptElement.Title("标题"),
                new ReceiptElement.Text("x", new TextStyle(Alignment.CENTER, true, true)),
                new ReceiptElement.Text("x", new TextStyle(Alignment.RIGHT, false, true)),
                new ReceiptElement.KeyValue("k", "v"),
                new ReceiptElement.Separator(),
                new ReceiptElement.QrCode("payload"),
                new ReceiptElement.Image(8, 8, new boolean[64]),
                new ReceiptElement.Cut(true));
        for (ReceiptElement element : elements) {
            PrintedJob printed = PrintedJob.read(encoder.encode(new Receipt(List.of(element))).bytes());
            assertThat(printed.stylesAreDefault()).as("after %s", element.getClass().getSimpleName()).isTrue();
        }
    }

    @Test
    void sampleReceiptIsCompactAndFitsThePaper() throws Exception {
        EncodedReceipt encoded = encoder.encode(sampleReceipt());
        assertThat(encoded.bytes().length).isLessThan(1200);
        assertThat(encoded.replacedCharacters()).isZero();
        PrintedJob printed = PrintedJob.read(encoded.bytes());
        assertThat(printed.initialisations()).isEqualTo(1);
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(printed.lines()).allSatisfy(l -> assertThat(l.columns()).isLessThanOrEqualTo(48));
        assertThat(printed.lines()).extracting(PrintedJob.PrintedLine::text)
                .contains("受理回执 Receipt", "-".repeat(48));
        assertThat(printed.stylesAreDefault()).isTrue();
    }

    @Test
    void chineseAndEnglishWithUnprintableCharactersCounted() throws Exception {
        Receipt receipt = Receipt.builder()
                .title("受理回执 Receipt")
                .keyValue("申请人", "陈\uD841\uDF79文")       // U+20779 needs four GB18030 bytes
                .text("谢谢 Thanks \uD83D\uDE00")              // an emoji
                .text("bell\u0007 escape\u001B@")                // control characters must not reach the printer
                .build();
        EncodedReceipt encoded = encoder.encode(receipt);
        assertThat(encoded.replacedCharacters()).isEqualTo(4);
        byte[] bytes = encoded.bytes();
        assertThat(Bytes.indexOf(bytes, Bytes.hex("CA DC C0 ED BB D8 D6 B4 20 52 65 63 65 69 70 74 0A"))).isPositive();
        PrintedJob printed = PrintedJob.read(bytes);
        assertThat(printed.lines()).extracting(PrintedJob.PrintedLine::text)
                .contains("谢谢 Thanks ?", "bell? escape?@")
                .anySatisfy(line -> assertThat(line).startsWith("申请人").endsWith("陈?文"));
        assertThat(Bytes.count(bytes, new byte[] {0x1B, 0x40})).isEqualTo(1);
    }

    @Test
    void loneSurrogatesInAQrPayloadAreCounted() throws Exception {
        assertThat(encoder.encode(Receipt.builder().qr("a\uD800b").build()).replacedCharacters()).isEqualTo(1);
    }

    @Test
    void profileTooNarrowForDoubleSizeIsRejected() {
        PrinterProfile tiny = new PrinterProfile("tiny", 64, 3, StandardCharsets.US_ASCII, true, 1, 0x0C, 0x60, 0);
        assertThatThrownBy(() -> new EscPosEncoder(tiny)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns");
    }

    private List<PrintedJob.PrintedLine> print(Receipt receipt) throws ReceiptEncodingException {
        return PrintedJob.read(encoder.encode(receipt).bytes()).lines();
    }
}

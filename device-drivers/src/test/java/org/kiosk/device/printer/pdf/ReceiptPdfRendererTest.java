package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.TextStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class ReceiptPdfRendererTest {

    private static final String TRACKING_URL = "https://kiosk.example/track/GD2026112700001";
    private static final Instant CREATED = Instant.parse("2026-11-27T02:30:00Z");
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private static ReceiptPdfRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadFont() throws ReceiptPdfException {
        renderer = new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withClock(Clock.fixed(CREATED, ZoneOffset.UTC)));
    }

    static Receipt sample() {
        return Receipt.builder()
                .title("广东政务服务 受理回执")
                .text("事项: 居民身份证换领 / Matter: ID card renewal")
                .keyValue("受理编号 Case no.", "GD2026112700001")
                .keyValue("受理时间 Accepted", "2026-11-27 10:30")
                .keyValue("办理地点 Where", "广州市天河区政务服务中心 Tianhe District Government Service Centre, Guangzhou")
                .separator()
                .text("请凭本回执领取证件。Please keep this receipt to collect your card.")
                .text("扫码查询进度 Scan to track", TextStyle.NORMAL.withAlignment(Alignment.CENTER).withBold())
                .qr(TRACKING_URL)
                .text("12345", TextStyle.NORMAL.withAlignment(Alignment.RIGHT).withDoubleSize())
                .cut()
                .build();
    }

    @Test
    void sampleReceiptIsAValidSmallPdfWithExtractableChineseTextAndADecodableQrCode() throws Exception {
        RenderedPdf rendered = renderer.render(sample());
        Path file = write(rendered);

        PopplerAndQpdf.Result check = PopplerAndQpdf.qpdfCheck(file);
        assertThat(check.exitCode()).as(check.output()).isZero();
        String text = PopplerAndQpdf.pdftotext(file);
        assertThat(text).contains("受理回执", "居民身份证换领", "Matter: ID card renewal", "GD2026112700001");
        assertThat(decodeQr(file)).isEqualTo(TRACKING_URL);
        assertThat(rendered.pdf().length).isLessThan(100 * 1024);
        assertThat(rendered.pageCount()).isEqualTo(1);
        assertThat(rendered.replacedCharacters()).isZero();
    }

    @Test
    void embedsOnlyASubsetOfTheFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.render(sample()).pdf())) {
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).hasSize(1);
            PDType0Font font = (PDType0Font) fonts.getFirst();
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            PDCIDFont descendant = font.getDescendantFont();
            assertThat(descendant.getFontDescriptor().getFontFile2()).isNotNull();
            // The whole collection is 5 MB; a subset of a few dozen glyphs is a few kilobytes.
            assertThat(descendant.getFontDescriptor().getFontFile2().toByteArray().length).isLessThan(64 * 1024);
        }
    }

    @Test
    void metadataNamesTheDocumentOnly() throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.render(sample()).pdf())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Receipt");
            assertThat(info.getCreator()).isEqualTo("kiosk");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED);
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(info.getCOSObject().keySet())
                    .containsOnly(COSName.TITLE, COSName.CREATOR, COSName.CREATION_DATE);
        }
    }

    @Test
    void aFixedClockGivesTheSameBytes() throws Exception {
        assertThat(renderer.render(sample()).pdf()).isEqualTo(renderer.render(sample()).pdf());
    }

    @Test
    void titleIsCentredAndKeyAndValueSitAtTheColumnEdges() throws Exception {
        Path file = write(renderer.render(Receipt.builder()
                .title("受理回执")
                .keyValue("编号", "GD2026112700001")
                .build()));
        String boxes = PopplerAndQpdf.pdftotextBoxes(file);
        float pageCentre = 595.28f / 2;
        float columnLeft = pageCentre - 40 * POINTS_PER_MM;
        float columnRight = pageCentre + 40 * POINTS_PER_MM;

        float[] title = wordBox(boxes, "受理回执");
        assertThat((title[0] + title[1]) / 2).isCloseTo(pageCentre, offset(1f));
        assertThat(wordBox(boxes, "编号")[0]).isCloseTo(columnLeft, offset(1f));
        assertThat(wordBox(boxes, "GD2026112700001")[1]).isCloseTo(columnRight, offset(1f));
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarksAndAreCounted() throws Exception {
        RenderedPdf rendered = renderer.render(Receipt.builder()
                .title("标题\uD83D\uDE00")
                .text("A\uD83D\uDE00B\uE000C\u0007D\tE\u0000F")
                .keyValue("键\u001B", "值\uDB80\uDC00")
                .text("lone \uD800 surrogate")
                .build());

        assertThat(rendered.replacedCharacters()).isEqualTo(9);
        Path file = write(rendered);
        assertThat(PopplerAndQpdf.qpdfCheck(file).exitCode()).isZero();
        assertThat(PopplerAndQpdf.pdftotext(file)).contains("标题?", "A?B?C?D?E?F", "键?", "值?", "lone ? surrogate");
    }

    @Test
    void lineFeedsBreakLines() throws Exception {
        Path file = write(renderer.render(Receipt.builder().text("第一行\r\n第二行\n\nthird").build()));
        assertThat(PopplerAndQpdf.pdftotext(file)).contains("第一行\n第二行\nthird");
        String boxes = PopplerAndQpdf.pdftotextBoxes(file);
        float lineHeight = wordBox(boxes, "第二行")[2] - wordBox(boxes, "第一行")[2];
        float gapToThird = wordBox(boxes, "third")[2] - wordBox(boxes, "第二行")[2];
        assertThat(lineHeight).isPositive();
        assertThat(gapToThird).as("an empty line between").isCloseTo(2 * lineHeight, offset(0.5f));
    }

    @Test
    void anEmptyReceiptIsOneBlankPage() throws Exception {
        for (Receipt empty : List.of(Receipt.builder().build(), Receipt.builder().cut().cut().build())) {
            RenderedPdf rendered = renderer.render(empty);
            assertThat(rendered.pageCount()).isEqualTo(1);
            assertThat(PopplerAndQpdf.qpdfCheck(write(rendered)).exitCode()).isZero();
        }
    }

    @Test
    void aVeryLongUnbrokenStringIsCutAtTheColumnWidth() throws Exception {
        String digits = "0123456789".repeat(200);
        String chinese = "广东省政务服务数字化条例".repeat(100);
        RenderedPdf rendered = renderer.render(Receipt.builder().text(digits).text(chinese).keyValue(digits, chinese).build());
        Path file = write(rendered);

        assertThat(PopplerAndQpdf.qpdfCheck(file).exitCode()).isZero();
        String text = PopplerAndQpdf.pdftotext(file).replaceAll("\\s", "");
        assertThat(text).contains(digits + chinese + digits + chinese);
        float columnRight = 595.28f / 2 + 40 * POINTS_PER_MM;
        for (float[] box : wordBoxes(PopplerAndQpdf.pdftotextBoxes(file))) {
            assertThat(box[1]).isLessThanOrEqualTo(columnRight + 0.5f);
        }
    }

    @Test
    void aLongReceiptRunsOntoFurtherPages() throws Exception {
        Receipt.Builder builder = Receipt.builder().title("长回执 Long receipt");
        for (int i = 1; i <= 300; i++) {
            builder.keyValue("第" + i + "项 Item " + i, "值 value " + i);
        }
        RenderedPdf rendered = renderer.render(builder.qr(TRACKING_URL).build());
        Path file = write(rendered);

        assertThat(rendered.pageCount()).isGreaterThanOrEqualTo(3);
        assertThat(PopplerAndQpdf.qpdfCheck(file).exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(rendered.pageCount());
        }
        String text = PopplerAndQpdf.pdftotext(file);
        assertThat(text).contains("第1项 Item 1", "第150项 Item 150", "第300项 Item 300", "值 value 300");
        assertThat(PopplerAndQpdf.pdftotext(file, rendered.pageCount(), rendered.pageCount())).contains("第300项");
    }

    @Test
    void aCutStartsTheNextReceiptOnANewPage() throws Exception {
        RenderedPdf rendered = renderer.render(Receipt.builder()
                .title("第一张 First").cut()
                .title("第二张 Second").cut()
                .build());
        Path file = write(rendered);

        assertThat(rendered.pageCount()).isEqualTo(2);
        assertThat(PopplerAndQpdf.pdftotext(file, 1, 1)).contains("第一张").doesNotContain("第二张");
        assertThat(PopplerAndQpdf.pdftotext(file, 2, 2)).contains("第二张").doesNotContain("第一张");
    }

    @Test
    void imagesAreEmbeddedAsOneBitImages() throws Exception {
        int width = 96;
        int height = 40;
        boolean[] pixels = new boolean[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = ((i % width) / 8 + (i / width) / 8) % 2 == 0;
        }
        RenderedPdf rendered = renderer.render(Receipt.builder().image(width, height, pixels).build());

        assertThat(PopplerAndQpdf.qpdfCheck(write(rendered)).exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject xObject = resources.getXObject(name);
                if (xObject instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.getFirst().getBitsPerComponent()).isEqualTo(1);
            assertThat(images.getFirst().getWidth()).isEqualTo(width);
            assertThat(images.getFirst().getHeight()).isEqualTo(height);
        }
    }

    @Test
    void aQrPayloadTooLongForAnyQrCodeIsAClearError() {
        String payload = "x".repeat(5000);
        assertThatThrownBy(() -> renderer.render(Receipt.builder().qr(payload).build()))
                .isInstanceOf(ReceiptPdfException.class)
                .hasMessageContaining("5000 UTF-8 bytes")
                .hasMessageContaining("too long for a QR code")
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void aMissingFontNamesThePathAndTheDebianPackage() {
        Path missing = dir.resolve("no-such-font.ttc");
        assertThatThrownBy(() -> new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontFile(missing)))
                .isInstanceOf(ReceiptPdfException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void aFileThatIsNotAFontIsAClearError() throws Exception {
        Path garbage = Files.writeString(dir.resolve("not-a-font.ttc"), "ttcf but nothing else");
        assertThatThrownBy(() -> new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontFile(garbage)))
                .isInstanceOf(ReceiptPdfException.class)
                .hasMessageContaining(garbage.toString())
                .hasMessageContaining("not a readable TrueType font");
    }

    @Test
    void aFontWithCffOutlinesIsRejectedWithTheReason() throws Exception {
        Path otf = Files.write(dir.resolve("cff.otf"), "OTTO\u0000\u0001".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontFile(otf)))
                .isInstanceOf(ReceiptPdfException.class)
                .hasMessageContaining(otf.toString())
                .hasMessageContaining("CFF outlines");
    }

    @Test
    void aFontNameNotInTheCollectionListsTheNamesThatAre() {
        assertThatThrownBy(() -> new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontName("Comic Sans")))
                .isInstanceOf(ReceiptPdfException.class)
                .hasMessageContaining("no font named 'Comic Sans'")
                .hasMessageContaining("WenQuanYi Micro Hei Mono");
    }

    @Test
    void theMonospacedFontOfTheCollectionCanBeChosenByName() throws Exception {
        ReceiptPdfRenderer mono = new ReceiptPdfRenderer(ReceiptPdfOptions.defaults().withFontName("WenQuanYi Micro Hei Mono"));
        try (PDDocument document = Loader.loadPDF(mono.render(sample()).pdf())) {
            assertThat(fonts(document).getFirst().getName()).endsWith("+WenQuanYiMicroHeiMono");
        }
    }

    private Path write(RenderedPdf rendered) throws Exception {
        return Files.write(Files.createTempFile(dir, "receipt", ".pdf"), rendered.pdf());
    }

    private static String decodeQr(Path file) throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        return new MultiFormatReader().decode(bitmap, hints).getText();
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        PDResources resources = document.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    /** xMin, xMax and yMax (from the page top) of the first word with that text in {@code pdftotext -bbox} output. */
    private static float[] wordBox(String boxes, String word) {
        Matcher m = WORD.matcher(boxes);
        while (m.find()) {
            if (m.group(4).equals(word)) {
                return new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)), Float.parseFloat(m.group(3))};
            }
        }
        throw new AssertionError("no word '" + word + "' in the PDF");
    }

    private static List<float[]> wordBoxes(String boxes) {
        List<float[]> all = new ArrayList<>();
        Matcher m = WORD.matcher(boxes);
        while (m.find()) {
            all.add(new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2))});
        }
        return all;
    }
}

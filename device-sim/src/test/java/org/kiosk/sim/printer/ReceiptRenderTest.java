package org.kiosk.sim.printer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.ascii;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import org.kiosk.sim.tools.ExternalTools;

class ReceiptRenderTest {

    private static final String PAYLOAD = "https://kiosk.example/test";
    private static final int MARGIN = ReceiptRenderer.MARGIN_DOTS;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    @TempDir
    Path out;

    private final List<RenderedReceipt> told = new ArrayList<>();
    private final List<byte[]> replies = new ArrayList<>();
    private VirtualPrinter printer;

    @BeforeEach
    void setUp() throws IOException {
        printer = new VirtualPrinter(PrinterSettings.defaults(out), told::add);
    }

    private void send(byte[] bytes) {
        printer.receive(bytes, 0, bytes.length, replies::add);
    }

    /** 受理回执 (title), English and Chinese lines, a QR code of {@link #PAYLOAD}, then a feed-and-cut. */
    static byte[] sampleJob() {
        return concat(
                hex("1B 40 1C 26"),
                hex("1B 61 01 1D 21 11"), hex("CA DC C0 ED BB D8 D6 B4"), hex("0A"),
                hex("1D 21 00 1B 61 00"),
                hex("1B 45 01"), ascii("Receipt No. 42"), hex("1B 45 00 0A"),
                hex("D6 D0 CE C4"), ascii(" English "), hex("B0 EC C0 ED"), hex("0A 0A"),
                hex("1B 61 01"),
                hex("1D 28 6B 04 00 31 41 32 00"),
                hex("1D 28 6B 03 00 31 43 04"),
                hex("1D 28 6B 03 00 31 45 31"),
                hex("1D 28 6B 1D 00 31 50 30"), ascii(PAYLOAD),
                hex("1D 28 6B 03 00 31 51 30"),
                hex("0A 1B 61 00"), ascii("Thank you"), hex("0A"),
                hex("1D 56 42 40"));
    }

    @Test
    void aCutJobBecomesOnePngWhoseQrCodeZbarReads() throws Exception {
        ExternalTools.require("zbarimg", "zbar-tools");
        send(sampleJob());

        assertThat(printer.protocolErrors()).isEmpty();
        assertThat(pngs()).containsExactly(out.resolve("receipt-0001.png"));
        RenderedReceipt receipt = printer.receipts().getFirst();
        assertThat(told).containsExactly(receipt);
        assertThat(receipt.textLines()).containsExactly("受理回执", "Receipt No. 42", "中文 English 办理", "Thank you");
        assertThat(receipt.qrStored()).containsExactly(PAYLOAD);
        assertThat(receipt.qrPrinted()).containsExactly(PAYLOAD);

        Process zbar = new ProcessBuilder("zbarimg", "--raw", "-q", receipt.png().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String decoded = new String(zbar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(zbar.waitFor()).isZero();
        assertThat(decoded).isEqualTo(PAYLOAD + "\n");
    }

    @Test
    void pngHasWhiteMarginAndBlackPrint() throws IOException {
        send(sampleJob());
        BufferedImage image = ImageIO.read(printer.receipts().getFirst().png().toFile());
        assertThat(image.getWidth()).isEqualTo(576 + 2 * MARGIN);
        int black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                assertThat(rgb).isIn(WHITE, BLACK);
                boolean inMargin = x < MARGIN || y < MARGIN || x >= image.getWidth() - MARGIN
                        || y >= image.getHeight() - MARGIN;
                if (inMargin) {
                    assertThat(rgb).as("margin pixel %d,%d", x, y).isEqualTo(WHITE);
                }
                if (rgb == BLACK) {
                    black++;
                }
            }
        }
        assertThat(black).isGreaterThan(1000);
    }

    @Test
    void noPngWithoutACut() throws IOException {
        byte[] job = sampleJob();
        byte[] withoutCut = Arrays.copyOf(job, job.length - 4);
        send(withoutCut);
        assertThat(pngs()).isEmpty();
        assertThat(printer.receipts()).isEmpty();

        printer.linkLost();
        assertThat(printer.discardedPartialJobs()).isEqualTo(1);
        send(hex("1D 56 00"));
        RenderedReceipt blank = printer.receipts().getFirst();
        assertThat(blank.textLines()).isEmpty();
        assertThat(blank.qrPrinted()).isEmpty();
    }

    @Test
    void numberingContinuesAfterExistingReceipts() throws IOException {
        Files.writeString(out.resolve("receipt-0007.png"), "older run");
        VirtualPrinter again = new VirtualPrinter(PrinterSettings.defaults(out), r -> { });
        byte[] cut = hex("1D 56 01");
        again.receive(cut, 0, cut.length, b -> { });
        assertThat(again.receipts().getFirst().png()).isEqualTo(out.resolve("receipt-0008.png"));
    }

    @Test
    void longLinesWrapAtThePaperEdge() {
        // 48 half-width characters fill 576 dots; the 49th starts a new line
        String row = "0123456789ABCDEFGHIJ0123456789ABCDEFGHIJ01234567";
        send(concat(ascii(row + "XY"), hex("0A 1D 56 00")));
        assertThat(printer.receipts().getFirst().textLines()).containsExactly(row, "XY");
    }

    @Test
    void rasterImageIsDrawnPixelExact() throws IOException {
        // 2 bytes x 3 rows, normal scale, left aligned, at the top of the receipt
        byte[] data = hex("F0 0F 81 81 AA 55");
        send(concat(hex("1B 40 1D 76 30 00 02 00 03 00"), data, hex("1D 56 00")));
        BufferedImage image = ImageIO.read(printer.receipts().getFirst().png().toFile());
        assertThat(image.getHeight()).isEqualTo(3 + 2 * MARGIN);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 16; x++) {
                boolean black = ((data[y * 2 + x / 8] & 0xFF) & (0x80 >> (x % 8))) != 0;
                assertThat(image.getRGB(MARGIN + x, MARGIN + y)).as("dot %d,%d", x, y)
                        .isEqualTo(black ? BLACK : WHITE);
            }
        }
        for (int x = 16; x < 576; x++) {
            assertThat(image.getRGB(MARGIN + x, MARGIN)).isEqualTo(WHITE);
        }
    }

    @Test
    void scaledRasterIsCentred() throws IOException {
        // 1 byte x 2 rows, double width and height: 16x4 dots, centred at (576-16)/2 = 280
        send(concat(hex("1B 61 01 1D 76 30 03 01 00 02 00 80 01 1D 56 00")));
        BufferedImage image = ImageIO.read(printer.receipts().getFirst().png().toFile());
        int left = MARGIN + 280;
        for (int dy = 0; dy < 2; dy++) {
            assertThat(image.getRGB(left, MARGIN + dy)).isEqualTo(BLACK);
            assertThat(image.getRGB(left + 1, MARGIN + dy)).isEqualTo(BLACK);
            assertThat(image.getRGB(left + 2, MARGIN + dy)).isEqualTo(WHITE);
            assertThat(image.getRGB(left + 14, MARGIN + 2 + dy)).isEqualTo(BLACK);
            assertThat(image.getRGB(left + 15, MARGIN + 2 + dy)).isEqualTo(BLACK);
            assertThat(image.getRGB(left, MARGIN + 2 + dy)).isEqualTo(WHITE);
        }
        assertThat(image.getRGB(left - 1, MARGIN)).isEqualTo(WHITE);
        assertThat(image.getRGB(left + 16, MARGIN + 3)).isEqualTo(WHITE);
    }

    @Test
    void aMissingFontIsExplained() {
        Path missing = out.resolve("no-such-font.ttc");
        assertThatThrownBy(
                        () -> new VirtualPrinter(PrinterSettings.defaults(out).withFontFile(missing), r -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-font.ttc")
                .hasMessageContaining("fonts-wqy-microhei");
    }

    private List<Path> pngs() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}

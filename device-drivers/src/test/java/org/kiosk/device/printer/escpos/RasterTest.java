package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.printer.escpos.Bytes.hex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.ExternalTools;

class RasterTest {

    @Test
    void packsMostSignificantBitLeftmostAndPadsRowsWithWhite() {
        // 10 dots wide: two bytes per row; row 0 has dots 0 and 9 black, row 1 dot 7
        RasterImage image = RasterImage.pack(10, 2, (x, y) -> (y == 0 && (x == 0 || x == 9)) || (y == 1 && x == 7));
        assertThat(image.bytesPerRow()).isEqualTo(2);
        assertThat(hex(image.data())).isEqualTo("80 40 01 00");
        assertThat(hex(image.toCommands())).isEqualTo("1D 76 30 00 02 00 02 00 80 40 01 00");
        assertThat(image.black(9, 0)).isTrue();
        assertThat(image.black(8, 0)).isFalse();
    }

    @Test
    void qrRasterDecodesBackToThePayload() throws Exception {
        String payload = "https://www.gdzwfw.gov.cn/track?case=GD2024-000123&lang=zh-CN 受理回执";
        RasterImage qr = QrRaster.render(payload, 6, 576);
        assertThat(qr.widthDots()).isEqualTo(qr.heightDots()).isLessThanOrEqualTo(576);
        assertThat(qr.widthDots() % 6).isZero();
        // the quiet zone: four modules of white around the symbol
        for (int i = 0; i < qr.widthDots(); i++) {
            for (int edge = 0; edge < 4 * 6; edge++) {
                assertThat(qr.black(i, edge) || qr.black(edge, i)).isFalse();
            }
        }
        List<RasterDecoding.Raster> rasters = RasterDecoding.rasters(qr.toCommands());
        assertThat(rasters).hasSize(1);
        assertThat(RasterDecoding.decodeQr(rasters.getFirst())).isEqualTo(payload);
    }

    @Test
    void receiptQrRasterIsReadByAnIndependentDecoder(@TempDir Path dir) throws Exception {
        String payload = "https://www.gdzwfw.gov.cn/track?case=GD2024-0001234567&name=受理";
        byte[] bytes = new EscPosEncoder(org.kiosk.device.printer.PrinterProfile.GENERIC_80MM_RASTER_QR)
                .encode(org.kiosk.device.printer.receipt.Receipt.builder().qr(payload).build()).bytes();
        RasterDecoding.Raster raster = RasterDecoding.rasters(bytes).getFirst();
        // a binary PBM has exactly the GS v 0 layout: rows of packed bits, most significant bit leftmost, 1 = black
        Path pbm = dir.resolve("qr.pbm");
        byte[] header = ("P4\n" + raster.bytesPerRow() * 8 + " " + raster.rows() + "\n").getBytes(StandardCharsets.US_ASCII);
        Files.write(pbm, concat(header, raster.data()));
        assertThat(ExternalTools.zbarimg(pbm)).containsExactly(payload);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void qrRasterShrinksModulesToFitThePaper() throws Exception {
        String payload = "x".repeat(1000);
        RasterImage qr = QrRaster.render(payload, 6, 384);
        assertThat(qr.widthDots()).isLessThanOrEqualTo(384);
        assertThat(RasterDecoding.decodeQr(RasterDecoding.rasters(qr.toCommands()).getFirst())).isEqualTo(payload);
    }

    @Test
    void qrPayloadTooLongIsRejectedClearly() {
        assertThatThrownBy(() -> QrRaster.render("x".repeat(3000), 6, 576))
                .isInstanceOfSatisfying(ReceiptEncodingException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.RECEIPT_TOO_LARGE))
                .hasMessageContaining("3000 UTF-8 bytes")
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void imageNarrowerThanPaperIsPackedAsIs() throws Exception {
        boolean[] pixels = new boolean[16 * 3];
        pixels[0] = true;
        pixels[16 + 15] = true;
        RasterImage image = RasterImage.of(new ReceiptElement.Image(16, 3, pixels), 576);
        assertThat(hex(image.data())).isEqualTo("80 00 00 01 00 00");
    }

    @Test
    void imageWiderThanPaperIsScaledDownKeepingAspect() throws Exception {
        // left half black, right half white, 1152 x 100
        boolean[] pixels = new boolean[1152 * 100];
        for (int y = 0; y < 100; y++) {
            Arrays.fill(pixels, y * 1152, y * 1152 + 576, true);
        }
        RasterImage image = RasterImage.of(new ReceiptElement.Image(1152, 100, pixels), 576);
        assertThat(image.widthDots()).isEqualTo(576);
        assertThat(image.heightDots()).isEqualTo(50);
        assertThat(image.black(0, 0)).isTrue();
        assertThat(image.black(287, 49)).isTrue();
        assertThat(image.black(288, 0)).isFalse();
        assertThat(image.black(575, 49)).isFalse();
    }

    @Test
    void veryWideThinImageKeepsAtLeastOneRow() throws Exception {
        RasterImage image = RasterImage.of(new ReceiptElement.Image(100_000, 1, new boolean[100_000]), 576);
        assertThat(image.heightDots()).isEqualTo(1);
    }

    @Test
    void tooTallImageIsRejected() {
        ReceiptElement.Image tall = new ReceiptElement.Image(8, RasterImage.MAX_HEIGHT_DOTS + 1, new boolean[8 * (RasterImage.MAX_HEIGHT_DOTS + 1)]);
        assertThatThrownBy(() -> RasterImage.of(tall, 576))
                .isInstanceOfSatisfying(ReceiptEncodingException.class, e -> assertThat(e.code()).isEqualTo(PrinterError.RECEIPT_TOO_LARGE))
                .hasMessageContaining("8001 dots tall");
    }

    @Test
    void tallImagesGoAsBands() {
        RasterImage image = RasterImage.pack(16, 2500, (x, y) -> (x + y) % 3 == 0);
        List<RasterDecoding.Raster> bands = RasterDecoding.rasters(image.toCommands());
        assertThat(bands).extracting(RasterDecoding.Raster::rows).containsExactly(1024, 1024, 452);
        assertThat(RasterDecoding.stack(bands).data()).isEqualTo(image.data());
    }
}

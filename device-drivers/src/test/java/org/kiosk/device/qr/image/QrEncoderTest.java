package org.kiosk.device.qr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.ExternalTools;

class QrEncoderTest {

    private static final String PAYLOAD = "eyJhbGciOiJFUzI1NiJ9.eyJraW5kIjoiY2FzZS10cmFja2luZyJ9.c2lnbmF0dXJl";

    @Test
    void pngIsReadByAnIndependentDecoder(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("continue-on-phone.png");
        Files.write(png, QrEncoder.png(PAYLOAD, ErrorCorrectionLevel.Q, 4, 8));

        assertThat(ExternalTools.zbarimg(png)).containsExactly(PAYLOAD);
    }

    @Test
    void imageHasTheChosenQuietZoneAndModuleSize() throws Exception {
        BitMatrix modules = QrEncoder.modules(PAYLOAD, ErrorCorrectionLevel.M, 2);
        BufferedImage image = QrEncoder.image(PAYLOAD, ErrorCorrectionLevel.M, 2, 5);

        assertThat(image.getWidth()).isEqualTo(modules.getWidth() * 5).isEqualTo(image.getHeight());
        for (int i = 0; i < image.getWidth(); i++) {
            assertThat(image.getRGB(i, 9) & 0xFFFFFF).as("quiet zone row").isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(9, i) & 0xFFFFFF).as("quiet zone column").isEqualTo(0xFFFFFF);
        }
        // the top-left finder pattern's corner module starts right after the quiet zone
        assertThat(image.getRGB(10, 10) & 0xFFFFFF).isZero();
    }

    @Test
    void higherErrorCorrectionMakesALargerSymbol() throws Exception {
        assertThat(QrEncoder.modules(PAYLOAD, ErrorCorrectionLevel.H, 0).getWidth())
                .isGreaterThan(QrEncoder.modules(PAYLOAD, ErrorCorrectionLevel.L, 0).getWidth());
    }

    @Test
    void ourDecoderReadsWhatTheEncoderDrew() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                QrEncoder.png("扫码继续 continue on your phone", ErrorCorrectionLevel.M, 4, 4)));
        assertThat(new QrImageDecoder().decode(image).codes()).extracting(DecodedQr::text)
                .containsExactly("扫码继续 continue on your phone");
    }

    @Test
    void refusesPayloadsThatDoNotFitAndBadSizes() {
        assertThatThrownBy(() -> QrEncoder.png("x".repeat(3000), ErrorCorrectionLevel.H, 4, 4))
                .isInstanceOf(QrEncodingException.class)
                .hasMessageContaining("3000 UTF-8 bytes")
                .hasMessageContaining("level H")
                .hasMessageNotContaining("xxx");
        assertThatThrownBy(() -> QrEncoder.modules("", ErrorCorrectionLevel.M, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrEncoder.modules("x", ErrorCorrectionLevel.M, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrEncoder.image("x", ErrorCorrectionLevel.M, 4, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

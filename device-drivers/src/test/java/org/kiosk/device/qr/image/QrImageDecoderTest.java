package org.kiosk.device.qr.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.camera.Distortion;
import org.kiosk.sim.camera.QrFrameCorpus;
import org.kiosk.sim.camera.SyntheticFrame;

class QrImageDecoderTest {

    private final QrImageDecoder decoder = new QrImageDecoder();

    @Test
    void readsEveryCodeInAFrameWithItsPosition() {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 1280, 720);
        g.drawImage(code("first", 5), 40, 40, null);
        g.drawImage(code("second", 5), 700, 300, null);
        g.dispose();

        QrDecodeResult result = decoder.decode(frame);

        assertThat(result.codes()).extracting(DecodedQr::text).containsExactlyInAnyOrder("first", "second");
        assertThat(result.pass()).contains(QrImageDecoder.Pass.HYBRID);
        DecodedQr second = result.codes().stream().filter(c -> c.text().equals("second")).findFirst().orElseThrow();
        assertThat(second.points()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(p -> assertThat(p.x()).isBetween(700f, 1280f));
        assertThat(second.toString()).doesNotContain("second").contains("6 chars");
    }

    @Test
    void readsLightOnDarkCodes() {
        BufferedImage image = code("dark mode", 6);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, ~image.getRGB(x, y) | 0xFF000000);
            }
        }
        assertThat(decoder.decode(image).codes()).extracting(DecodedQr::text).containsExactly("dark mode");
    }

    @Test
    void readsAFaintCodeBesideBrightAndDarkObjects() throws Exception {
        BufferedImage code = QrEncoder.image("faint", ErrorCorrectionLevel.M, 4, 6);
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(150, 150, 150));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 640, 30);
        g.setColor(Color.WHITE);
        g.fillRect(400, 0, 240, 480);
        g.dispose();
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                int v = (code.getRGB(x, y) & 0xFF) > 127 ? 160 : 125;
                frame.setRGB(40 + x, 60 + y, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        QrDecodeResult result = decoder.decode(frame);
        assertThat(result.codes()).extracting(DecodedQr::text).containsExactly("faint");
    }

    @Test
    void aFrameWithoutACodeGivesNothing() {
        BufferedImage noise = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(3);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int v = random.nextInt(256);
                noise.setRGB(x, y, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        QrDecodeResult result = decoder.decode(noise);
        assertThat(result.found()).isFalse();
        assertThat(result.pass()).isEmpty();
        assertThat(decoder.decode(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY)).found()).isFalse();
    }

    @Test
    void textLongerThanTheCapIsDroppedUnread() throws Exception {
        String digits = "7".repeat(QrImageDecoder.MAX_TEXT_LENGTH + 1);
        BufferedImage image = QrEncoder.image(digits, ErrorCorrectionLevel.L, 4, 3);

        QrDecodeResult result = decoder.decode(image);

        assertThat(result.codes()).isEmpty();
        assertThat(result.oversize()).isEqualTo(1);
    }

    @Test
    void everyImageLayoutGivesTheSameLuminance() {
        SyntheticFrame frame = new QrFrameCorpus(5).frame(Distortion.CLEAN, 0);
        BufferedImage bgr = frame.image();
        List<Integer> types = List.of(BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
                BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_4BYTE_ABGR);
        GrayFrame reference = GrayFrame.of(bgr);
        for (int type : types) {
            BufferedImage copy = new BufferedImage(bgr.getWidth(), bgr.getHeight(), type);
            Graphics2D g = copy.createGraphics();
            g.drawImage(bgr, 0, 0, null);
            g.dispose();
            GrayFrame gray = GrayFrame.of(copy);
            assertThat(gray.luminance()).as("type " + type).isEqualTo(reference.luminance());
            assertThat(decoder.decode(copy).codes()).extracting(DecodedQr::text)
                    .containsExactlyElementsOf(frame.payloads());
        }
    }

    @Test
    void aSubimageIsReadFromItsOwnPixels() {
        BufferedImage frame = new BufferedImage(800, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 400);
        g.drawImage(code("right half", 5), 450, 50, null);
        g.dispose();

        assertThat(decoder.decode(frame.getSubimage(0, 0, 400, 400)).found()).isFalse();
        assertThat(decoder.decode(frame.getSubimage(400, 0, 400, 400)).codes()).extracting(DecodedQr::text)
                .containsExactly("right half");
    }

    private static BufferedImage code(String text, int modulePixels) {
        try {
            BufferedImage gray = QrEncoder.image(text, ErrorCorrectionLevel.M, 4, modulePixels);
            BufferedImage rgb = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(gray, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (QrEncodingException e) {
            throw new AssertionError(e);
        }
    }
}

package org.kiosk.sim.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.ExternalTools;

class QrFrameCorpusTest {

    @Test
    void theSameSeedGivesTheSameFrames() {
        SyntheticFrame first = new QrFrameCorpus(42).frame(Distortion.PERSPECTIVE, 3);
        SyntheticFrame again = new QrFrameCorpus(42).frame(Distortion.PERSPECTIVE, 3);
        SyntheticFrame other = new QrFrameCorpus(43).frame(Distortion.PERSPECTIVE, 3);

        assertThat(pixels(again)).isEqualTo(pixels(first));
        assertThat(again.payloads()).isEqualTo(first.payloads());
        assertThat(pixels(other)).isNotEqualTo(pixels(first));
    }

    @Test
    void framesAre720pWithTheirPayloads() {
        for (Distortion distortion : Distortion.values()) {
            SyntheticFrame frame = new QrFrameCorpus(7).frame(distortion, 0);
            assertThat(frame.image().getWidth()).isEqualTo(QrFrameCorpus.WIDTH);
            assertThat(frame.image().getHeight()).isEqualTo(QrFrameCorpus.HEIGHT);
            assertThat(frame.payloads()).hasSizeBetween(distortion == Distortion.SEVERAL ? 2 : 1,
                    distortion == Distortion.SEVERAL ? 4 : 1);
        }
    }

    @Test
    void aCleanFrameIsReadByAnIndependentDecoder(@TempDir Path dir) throws Exception {
        SyntheticFrame frame = new QrFrameCorpus(1).frame(Distortion.CLEAN, 0);
        Path png = dir.resolve("clean.png");
        ImageIO.write(frame.image(), "png", png.toFile());

        assertThat(ExternalTools.zbarimg(png)).containsExactlyElementsOf(frame.payloads());
    }

    private static byte[] pixels(SyntheticFrame frame) {
        return ((DataBufferByte) frame.image().getRaster().getDataBuffer()).getData();
    }
}

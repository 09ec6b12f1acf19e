package org.kiosk.device.qr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.camera.DecodeScore;
import org.kiosk.sim.camera.Distortion;
import org.kiosk.sim.camera.QrFrameCorpus;

/** The decoder against generated camera frames: a floor per distortion, and the rates printed as a table. */
class QrImageDecoderCorpusTest {

    private static final int FRAMES_PER_DISTORTION = 8;
    private static final Map<Distortion, Double> FLOORS = new EnumMap<>(Map.of(
            Distortion.CLEAN, 1.0,
            Distortion.ROTATION, 0.875,
            Distortion.PERSPECTIVE, 0.875,
            Distortion.BLUR, 0.75,
            Distortion.NOISE, 0.875,
            Distortion.LOW_CONTRAST, 0.875,
            Distortion.INVERTED, 1.0,
            Distortion.OCCLUSION, 0.875,
            Distortion.SEVERAL, 0.95));

    @Test
    void meetsTheFloorOfEachDistortionAndNeverReadsTextThatWasNotDrawn() {
        QrImageDecoder decoder = new QrImageDecoder();
        DecodeScore score = DecodeScore.of(new QrFrameCorpus(2026L).frames(FRAMES_PER_DISTORTION),
                image -> decoder.decode(image).codes().stream().map(DecodedQr::text).toList());
        System.out.print(score.table());

        assertThat(score.rates()).containsOnlyKeys(FLOORS.keySet());
        score.rates().forEach((distortion, rate) -> {
            assertThat(rate.wrong()).as(distortion + " misreads").isZero();
            assertThat(rate.fraction()).as(distortion + " decode rate").isGreaterThanOrEqualTo(FLOORS.get(distortion));
        });
    }
}

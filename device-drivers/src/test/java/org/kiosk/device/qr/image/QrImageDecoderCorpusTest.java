package org.kiosk.device.qr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.camera.Distortion;
import org.kiosk.sim.camera.QrFrameCorpus;

/** The decoder against generated camera frames: a floor per distortion, and the rates printed as a table. */
class QrImageDecoderCorpusTest {

    private static final int FRAMES_PER_DISTORTION = 12;
    private static final Map<Distortion, Double> FLOORS = new EnumMap<>(Map.of(
            Distortion.CLEAN, 1.0,
            Distortion.ROTATION, 0.9,
            Distortion.PERSPECTIVE, 0.9,
            Distortion.BLUR, 0.8,
            Distortion.NOISE, 0.9,
            Distortion.LOW_CONTRAST, 0.8,
            Distortion.INVERTED, 1.0,
            Distortion.OCCLUSION, 0.9,
            Distortion.SEVERAL, 0.95));

    @Test
    void meetsTheFloorOfEachDistortionAndNeverReadsTextThatWasNotDrawn() {
        Map<Distortion, DecodeRates.Rate> rates = DecodeRates.measure(new QrImageDecoder(),
                new QrFrameCorpus(2026L).frames(FRAMES_PER_DISTORTION));
        System.out.print(DecodeRates.table(rates));

        rates.forEach((distortion, rate) -> {
            assertThat(rate.wrong()).as(distortion + " misreads").isZero();
            assertThat(rate.fraction()).as(distortion + " decode rate").isGreaterThanOrEqualTo(FLOORS.get(distortion));
        });
    }
}

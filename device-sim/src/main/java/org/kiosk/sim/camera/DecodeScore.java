package org.kiosk.sim.camera;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How well a decoder reads a corpus: per distortion, the codes drawn, the codes read back exactly, and any text read
 * that was never drawn (a misread, which must not happen). Takes the decoder as a function, so the corpus stays
 * independent of the decoder under test.
 */
public final class DecodeScore {

    /** One distortion's counts. */
    public record Rate(int drawn, int read, int wrong) {
        public double fraction() {
            return drawn == 0 ? 1 : (double) read / drawn;
        }

        Rate plus(int drawn, int read, int wrong) {
            return new Rate(this.drawn + drawn, this.read + read, this.wrong + wrong);
        }
    }

    private final Map<Distortion, Rate> rates = new EnumMap<>(Distortion.class);

    /** Decodes every frame once and counts. */
    public static DecodeScore of(List<SyntheticFrame> frames, Function<BufferedImage, List<String>> decoder) {
        DecodeScore score = new DecodeScore();
        for (SyntheticFrame frame : frames) {
            score.add(frame, decoder.apply(frame.image()));
        }
        return score;
    }

    /** Counts one frame's decoded texts against what was drawn in it. */
    public void add(SyntheticFrame frame, List<String> decoded) {
        Set<String> drawn = new HashSet<>(frame.payloads());
        int read = 0;
        int wrong = 0;
        for (String text : decoded) {
            if (drawn.remove(text)) {
                read++;
            } else {
                wrong++;
            }
        }
        rates.merge(frame.distortion(), new Rate(frame.payloads().size(), read, wrong),
                (before, now) -> before.plus(now.drawn(), now.read(), now.wrong()));
    }

    public Map<Distortion, Rate> rates() {
        return Map.copyOf(rates);
    }

    /** One row per distortion: codes drawn, read, misread and the rate. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format("%-13s %6s %6s %7s %7s%n", "distortion", "codes", "read",
                "misread", "rate"));
        rates.forEach((distortion, rate) -> table.append(String.format("%-13s %6d %6d %7d %6.1f%%%n", distortion,
                rate.drawn(), rate.read(), rate.wrong(), 100 * rate.fraction())));
        return table.toString();
    }
}

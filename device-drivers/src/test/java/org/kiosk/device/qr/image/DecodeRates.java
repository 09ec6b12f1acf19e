package org.kiosk.device.qr.image;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kiosk.sim.camera.Distortion;
import org.kiosk.sim.camera.SyntheticFrame;

/** Counts, per distortion, the codes a decoder read out of generated frames, and any text it read that was not drawn. */
final class DecodeRates {

    record Rate(int drawn, int read, int wrong) {
        double fraction() {
            return drawn == 0 ? 1 : (double) read / drawn;
        }
    }

    private DecodeRates() {
    }

    static Map<Distortion, Rate> measure(QrImageDecoder decoder, List<SyntheticFrame> frames) {
        Map<Distortion, Rate> rates = new EnumMap<>(Distortion.class);
        for (SyntheticFrame frame : frames) {
            Set<String> drawn = new HashSet<>(frame.payloads());
            int read = 0;
            int wrong = 0;
            for (DecodedQr code : decoder.decode(frame.image()).codes()) {
                if (drawn.remove(code.text())) {
                    read++;
                } else {
                    wrong++;
                }
            }
            Rate before = rates.getOrDefault(frame.distortion(), new Rate(0, 0, 0));
            rates.put(frame.distortion(), new Rate(before.drawn() + frame.payloads().size(), before.read() + read,
                    before.wrong() + wrong));
        }
        return rates;
    }

    static String table(Map<Distortion, Rate> rates) {
        StringBuilder table = new StringBuilder(String.format("%-13s %6s %6s %7s%n", "distortion", "codes", "read",
                "rate"));
        rates.forEach((distortion, rate) -> table.append(String.format("%-13s %6d %6d %6.1f%%%n", distortion,
                rate.drawn(), rate.read(), 100 * rate.fraction())));
        return table.toString();
    }
}

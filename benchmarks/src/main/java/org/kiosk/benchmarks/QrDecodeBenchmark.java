package org.kiosk.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kiosk.device.qr.image.DecodedQr;
import org.kiosk.device.qr.image.QrDecodeResult;
import org.kiosk.device.qr.image.QrImageDecoder;
import org.kiosk.sim.camera.DecodeScore;
import org.kiosk.sim.camera.Distortion;
import org.kiosk.sim.camera.QrFrameCorpus;
import org.kiosk.sim.camera.SyntheticFrame;

/**
 * Decode time per 1280×720 camera frame and the decode rate per distortion, over the seeded corpus of
 * {@link QrFrameCorpus}. Each frame is decoded once to warm up and then timed over several rounds; the figures are
 * per decode. The target (median under 30 ms) is reported, not enforced: timings depend on the machine. Exits 2 on a
 * bad argument.
 */
public final class QrDecodeBenchmark {

    static final double TARGET_MEDIAN_MS = 30;
    private static final String USAGE =
            "Usage: QrDecodeBenchmark [--frames N (per distortion, default 20)] [--rounds N (default 3)] [--seed S]";

    record Settings(int framesPerDistortion, int rounds, long seed) {
    }

    /** The timings, overall and per distortion, and the decode rates. */
    record Result(Stats overall, Map<Distortion, Stats> byDistortion, DecodeScore score) {
        boolean targetMet() {
            return overall.medianMs() < TARGET_MEDIAN_MS;
        }
    }

    private QrDecodeBenchmark() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(LatencyHarness.CANNOT_MEASURE);
            return;
        }
        print(measure(settings), settings, System.out);
    }

    static Settings parse(String[] args) {
        int frames = 20;
        int rounds = 3;
        long seed = 2026;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            try {
                switch (args[i]) {
                    case "--frames" -> frames = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i] + " takes a whole number, not " + value);
            }
            i++;
        }
        if (frames < 1 || rounds < 1) {
            throw new IllegalArgumentException("--frames and --rounds must be at least 1");
        }
        return new Settings(frames, rounds, seed);
    }

    static Result measure(Settings settings) {
        List<SyntheticFrame> frames = new QrFrameCorpus(settings.seed()).frames(settings.framesPerDistortion());
        QrImageDecoder decoder = new QrImageDecoder();
        DecodeScore score = new DecodeScore();
        for (SyntheticFrame frame : frames) {
            score.add(frame, decoder.decode(frame.image()).codes().stream().map(DecodedQr::text).toList());
        }
        List<Long> all = new ArrayList<>();
        Map<Distortion, List<Long>> byDistortion = new EnumMap<>(Distortion.class);
        for (int round = 0; round < settings.rounds(); round++) {
            for (SyntheticFrame frame : frames) {
                long start = System.nanoTime();
                QrDecodeResult result = decoder.decode(frame.image());
                long nanos = System.nanoTime() - start;
                if (result.codes().size() > frame.payloads().size()) {
                    throw new IllegalStateException("more codes read than drawn");
                }
                all.add(nanos);
                byDistortion.computeIfAbsent(frame.distortion(), d -> new ArrayList<>()).add(nanos);
            }
        }
        Map<Distortion, Stats> stats = new EnumMap<>(Distortion.class);
        byDistortion.forEach((distortion, nanos) -> stats.put(distortion, stats(nanos)));
        return new Result(stats(all), stats, score);
    }

    private static Stats stats(List<Long> nanos) {
        return Stats.of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    static void print(Result result, Settings settings, PrintStream out) {
        out.printf("QR decode, %d×%d frames, %d per distortion, %d timed rounds, seed %d%n", QrFrameCorpus.WIDTH,
                QrFrameCorpus.HEIGHT, settings.framesPerDistortion(), settings.rounds(), settings.seed());
        String row = "%-13s %9s %9s %9s  %s%n";
        out.printf(row, "distortion", "median ms", "p95 ms", "mean ms", "decode rate");
        result.byDistortion().forEach((distortion, stats) -> {
            DecodeScore.Rate rate = result.score().rates().get(distortion);
            out.printf(row, distortion, ms(stats.medianMs()), ms(stats.p95Ms()), ms(stats.meanMs()),
                    String.format("%d/%d (%.1f%%)", rate.read(), rate.drawn(), 100 * rate.fraction()));
        });
        Stats overall = result.overall();
        out.printf(row, "all frames", ms(overall.medianMs()), ms(overall.p95Ms()), ms(overall.meanMs()), "");
        out.printf("Target: median under %.0f ms per frame: %s%n", TARGET_MEDIAN_MS,
                result.targetMet() ? "met" : "MISSED");
    }

    private static String ms(double value) {
        return String.format("%.1f", value);
    }
}

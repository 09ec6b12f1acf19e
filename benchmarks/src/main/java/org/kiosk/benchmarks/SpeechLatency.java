package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kiosk.app.speech.Espeak;
import org.kiosk.app.speech.EspeakSpeech;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.speech.SpokenText;

/**
 * Reading a screen aloud with the real eSpeak NG, per language: the time from the citizen's touch ({@code speak}) to
 * the first audio, the time to synthesise the whole screen against how long it lasts when played, and the time from
 * "stop" until the synthesiser's process is gone. The screen is the fingerprint consent screen (the longest of the
 * journey), as the kiosk would say it. The audio goes into a FIFO read here, so no sound card is needed; eSpeak NG
 * opens its output when it has the first audio.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.SpeechLatency --rounds 20 --warmup 3</pre>
 */
public final class SpeechLatency {

    private static final String USAGE = "usage: SpeechLatency [--rounds N] [--warmup N] [--command espeak-ng]";

    private static final List<String> CONSENT_SCREEN = List.of("consent.title", "consent.purpose-title", "consent.purpose",
            "consent.necessity-title", "consent.necessity", "consent.alternative-title", "consent.alternative",
            "consent.agree", "consent.refuse");

    private static final Map<UiLanguage, String> VOICES = Map.of(UiLanguage.SIMPLIFIED_CHINESE, "cmn",
            UiLanguage.TRADITIONAL_CHINESE, "yue", UiLanguage.ENGLISH, "en");

    record Settings(int rounds, int warmup, String command) {
    }

    /** One language: time to first audio, time to synthesise everything, the audio's length, and stop latency. */
    record Row(UiLanguage language, String voice, int characters, Stats firstAudio, Stats synthesis, double audioSeconds,
               Stats stop) {
    }

    private SpeechLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "speech latency", SpeechLatency::parse, SpeechLatency::measure, SpeechLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--rounds", "--warmup", "--command");
        Settings settings = new Settings(LatencyHarness.integer(options, "--rounds", 20),
                LatencyHarness.integer(options, "--warmup", 3), options.getOrDefault("--command", "espeak-ng"));
        LatencyHarness.requireRounds(settings.rounds(), settings.warmup());
        return settings;
    }

    static List<Row> measure(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Path executable = Espeak.locate(settings.command()).orElseThrow(() -> new MeasurementException(
                "the synthesiser '" + settings.command() + "' is not installed (Debian package espeak-ng)"));
        Espeak espeak = new Espeak(executable, new EnumMap<>(VOICES), 160, 120);
        Texts texts = Texts.load();
        Path work = Files.createTempDirectory("speech-latency-");
        try {
            Path fifo = fifo(work.resolve("audio"));
            EspeakSpeech speech = EspeakSpeech.toWavFile(espeak, fifo);
            List<Row> rows = new ArrayList<>();
            for (UiLanguage language : UiLanguage.values()) {
                String text = SpokenText.utterance(CONSENT_SCREEN.stream().map(k -> texts.get(language, k)).toList(),
                        language);
                for (int i = 0; i < settings.warmup(); i++) {
                    utterance(speech, fifo, text, language);
                }
                long[] firstAudio = new long[settings.rounds()];
                long[] synthesis = new long[settings.rounds()];
                double audioSeconds = 0;
                for (int i = 0; i < settings.rounds(); i++) {
                    Utterance u = utterance(speech, fifo, text, language);
                    firstAudio[i] = u.firstAudioNanos();
                    synthesis[i] = u.totalNanos();
                    audioSeconds = u.audioSeconds();
                }
                Stats stop = LatencyHarness.measure(settings.warmup(), settings.rounds(),
                        (slot, slots) -> stopNanos(EspeakSpeech.toWavFile(espeak, fifo), text, language));
                rows.add(new Row(language, VOICES.get(language), text.length(), Stats.of(firstAudio),
                        Stats.of(synthesis), audioSeconds, stop));
            }
            return rows;
        } finally {
            OutboxLatency.deleteTree(work);
        }
    }

    private record Utterance(long firstAudioNanos, long totalNanos, double audioSeconds) {
    }

    /** Speaks {@code text} into the FIFO and reads it here, timing the first audio bytes and the end. */
    private static Utterance utterance(EspeakSpeech speech, Path fifo, String text, UiLanguage language)
            throws MeasurementException, InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        long start = System.nanoTime();
        speech.speak(text, language, false, ended::countDown);
        long first;
        byte[] wav;
        try (InputStream audio = Files.newInputStream(fifo)) {
            byte[] header = audio.readNBytes(44);
            first = System.nanoTime() - start;
            if (header.length < 44) {
                throw new MeasurementException("the synthesiser wrote no audio");
            }
            byte[] samples = audio.readAllBytes();
            wav = new byte[header.length + samples.length];
            System.arraycopy(header, 0, wav, 0, header.length);
            System.arraycopy(samples, 0, wav, header.length, samples.length);
        } catch (IOException e) {
            throw new MeasurementException("reading the synthesiser's audio failed: " + e.getMessage(), e);
        }
        if (!ended.await(60, TimeUnit.SECONDS)) {
            throw new MeasurementException("the synthesiser did not finish within 60 s");
        }
        long total = System.nanoTime() - start;
        // 16-bit mono PCM after a 44-byte header that gives the sample rate at offset 24
        int sampleRate = ByteBuffer.wrap(wav, 24, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        double seconds = (wav.length - 44) / 2.0 / sampleRate;
        return new Utterance(first, total, seconds);
    }

    /** Starts an utterance that blocks on the unread FIFO, stops it, and times until its process is gone. */
    private static long stopNanos(EspeakSpeech speech, String text, UiLanguage language)
            throws MeasurementException, InterruptedException {
        speech.speak(text, language, false, () -> { });
        ProcessHandle process = speech.speaking().orElseThrow(() -> new MeasurementException("no synthesiser process"));
        long start = System.nanoTime();
        speech.stop();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new MeasurementException("the synthesiser did not end within 10 s of stop", e);
        }
        return System.nanoTime() - start;
    }

    private static Path fifo(Path path) throws IOException, MeasurementException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new MeasurementException("mkfifo " + path + " failed");
        }
        return path;
    }

    static void print(List<Row> rows, PrintStream out) {
        out.println("Reading the consent screen aloud with eSpeak NG (audio into a FIFO; median / p95 in ms)");
        String row = "%-10s %-6s %6s %17s %19s %9s %10s %15s%n";
        out.printf(row, "Language", "voice", "chars", "first audio", "whole screen", "speech s", "x realtime", "stop -> gone");
        for (Row r : rows) {
            out.printf(row, r.language().tag(), r.voice(), r.characters(),
                    String.format("%.1f / %.1f", r.firstAudio().medianMs(), r.firstAudio().p95Ms()),
                    String.format("%.1f / %.1f", r.synthesis().medianMs(), r.synthesis().p95Ms()),
                    String.format("%.1f", r.audioSeconds()),
                    String.format("%.0f", r.audioSeconds() * 1000 / r.synthesis().medianMs()),
                    String.format("%.2f / %.2f", r.stop().medianMs(), r.stop().p95Ms()));
        }
    }
}

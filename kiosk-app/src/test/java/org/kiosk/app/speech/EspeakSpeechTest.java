package org.kiosk.app.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.ui.i18n.UiLanguage;

/** The real eSpeak NG (Debian espeak-ng): each language's voice makes speech, and stopping kills the process. */
class EspeakSpeechTest {

    private static final Map<UiLanguage, String> SAMPLES = Map.of(
            UiLanguage.SIMPLIFIED_CHINESE, "请选择要办理的事项。",
            UiLanguage.TRADITIONAL_CHINESE, "請選擇要辦理的事項。",
            UiLanguage.ENGLISH, "Please choose a matter.");

    @TempDir
    Path dir;

    private static Espeak espeak() {
        Map<UiLanguage, String> voices = new EnumMap<>(UiLanguage.class);
        voices.put(UiLanguage.SIMPLIFIED_CHINESE, "cmn");
        voices.put(UiLanguage.TRADITIONAL_CHINESE, "yue");
        voices.put(UiLanguage.ENGLISH, "en");
        return new Espeak(Espeak.locate("espeak-ng").orElseThrow(() -> new AssertionError(
                "espeak-ng is not installed (Debian package espeak-ng; scripts/test installs it)")), voices, 160, 120);
    }

    @Test
    void eachLanguageIsSynthesisedInItsVoiceToAValidWav() throws Exception {
        Espeak espeak = espeak();
        for (UiLanguage language : UiLanguage.values()) {
            Path wav = dir.resolve(language.tag() + ".wav");
            speakAndWait(EspeakSpeech.toWavFile(espeak, wav), SAMPLES.get(language), language, false);
            assertValidSpeech(wav);
        }
        // the same Chinese text in Mandarin and in Cantonese: the language chose a different voice
        Path mandarin = dir.resolve("mandarin.wav");
        Path cantonese = dir.resolve("cantonese.wav");
        speakAndWait(EspeakSpeech.toWavFile(espeak, mandarin), SAMPLES.get(UiLanguage.SIMPLIFIED_CHINESE),
                UiLanguage.SIMPLIFIED_CHINESE, false);
        speakAndWait(EspeakSpeech.toWavFile(espeak, cantonese), SAMPLES.get(UiLanguage.SIMPLIFIED_CHINESE),
                UiLanguage.TRADITIONAL_CHINESE, false);
        assertThat(Files.readAllBytes(mandarin)).isNotEqualTo(Files.readAllBytes(cantonese));
    }

    @Test
    void elderModeSpeaksMoreSlowly() throws Exception {
        Path normal = dir.resolve("normal.wav");
        Path slow = dir.resolve("slow.wav");
        speakAndWait(EspeakSpeech.toWavFile(espeak(), normal), SAMPLES.get(UiLanguage.ENGLISH), UiLanguage.ENGLISH, false);
        speakAndWait(EspeakSpeech.toWavFile(espeak(), slow), SAMPLES.get(UiLanguage.ENGLISH), UiLanguage.ENGLISH, true);
        assertThat(frames(slow)).isGreaterThan(frames(normal));
    }

    @Test
    void stopKillsTheSpeakingProcessAndEndsTheUtterance() throws Exception {
        // a FIFO nobody reads: the synthesiser blocks opening it, so it is still speaking when stopped
        EspeakSpeech speech = EspeakSpeech.toWavFile(espeak(), fifo("blocked"));
        CountDownLatch ended = new CountDownLatch(1);
        speech.speak(SAMPLES.get(UiLanguage.ENGLISH), UiLanguage.ENGLISH, false, ended::countDown);
        ProcessHandle process = speech.speaking().orElseThrow();
        assertThat(process.info().command()).hasValueSatisfying(c -> assertThat(c).endsWith("espeak-ng"));
        assertThat(process.info().arguments()).hasValueSatisfying(
                args -> assertThat(String.join(" ", args)).doesNotContain("Please"));

        speech.stop();
        process.onExit().get(10, TimeUnit.SECONDS);
        assertThat(process.isAlive()).isFalse();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(speech.speaking()).isEmpty();
        speech.stop();
    }

    @Test
    void aNewUtteranceStopsTheOneBefore() throws Exception {
        EspeakSpeech speech = EspeakSpeech.toWavFile(espeak(), fifo("blocked"));
        CountDownLatch firstEnded = new CountDownLatch(1);
        speech.speak(SAMPLES.get(UiLanguage.ENGLISH), UiLanguage.ENGLISH, false, firstEnded::countDown);
        ProcessHandle first = speech.speaking().orElseThrow();
        speech.speak(SAMPLES.get(UiLanguage.SIMPLIFIED_CHINESE), UiLanguage.SIMPLIFIED_CHINESE, false, () -> { });
        ProcessHandle second = speech.speaking().orElseThrow();

        first.onExit().get(10, TimeUnit.SECONDS);
        assertThat(firstEnded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(second.isAlive()).isTrue();
        speech.close();
        second.onExit().get(10, TimeUnit.SECONDS);
        assertThat(second.isAlive()).isFalse();
    }

    @Test
    void aSynthesiserThatCannotStartEndsTheUtteranceWithoutThrowing() throws Exception {
        Espeak missing = new Espeak(dir.resolve("espeak-ng"), espeak().voices(), 160, 120);
        CountDownLatch ended = new CountDownLatch(1);
        EspeakSpeech.toAudioDevice(missing).speak("Hello.", UiLanguage.ENGLISH, false, ended::countDown);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void installedVoicesAreFoundAndAnUnknownOneIsNot() throws IOException {
        assertThat(espeak().hasVoice("cmn")).isTrue();
        assertThat(espeak().hasVoice("yue")).isTrue();
        assertThat(espeak().hasVoice("en")).isTrue();
        assertThat(espeak().hasVoice("tlh")).isFalse();
    }

    private static void speakAndWait(EspeakSpeech speech, String text, UiLanguage language, boolean slow)
            throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        speech.speak(text, language, slow, ended::countDown);
        assertThat(ended.await(30, TimeUnit.SECONDS)).as("the synthesiser finished").isTrue();
    }

    /** A RIFF/WAVE file (checked by hand and by Java Sound) holding at least a tenth of a second of 16-bit PCM. */
    private static void assertValidSpeech(Path wav) throws IOException, UnsupportedAudioFileException {
        byte[] bytes = Files.readAllBytes(wav);
        assertThat(bytes.length).isGreaterThan(44);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(header.getInt(4)).isEqualTo(bytes.length - 8);
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new File(wav.toString()))) {
            AudioFormat format = audio.getFormat();
            assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength()).isGreaterThan((long) (format.getFrameRate() / 10));
            byte[] samples = audio.readAllBytes();
            boolean sound = false;
            for (int i = 0; i + 1 < samples.length && !sound; i += 2) {
                sound = Math.abs((short) ((samples[i + 1] << 8) | (samples[i] & 0xff))) > 1000;
            }
            assertThat(sound).as("audible samples in " + wav.getFileName()).isTrue();
        }
    }

    private static long frames(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new File(wav.toString()))) {
            return audio.getFrameLength();
        }
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return fifo;
    }
}

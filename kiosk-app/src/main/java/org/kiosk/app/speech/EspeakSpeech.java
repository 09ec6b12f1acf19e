package org.kiosk.app.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.service.Speech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech by eSpeak NG, one process per utterance: the text goes to its standard input, never onto its command line or
 * into a log. Starting an utterance or {@link #stop()} kills the one still running, so only one is ever heard.
 */
public final class EspeakSpeech implements Speech, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeech.class);

    private final Espeak espeak;
    private final Path wav;
    private Utterance current;

    private EspeakSpeech(Espeak espeak, Path wav) {
        this.espeak = espeak;
        this.wav = wav;
    }

    /** Speaks on the default audio device. */
    public static EspeakSpeech toAudioDevice(Espeak espeak) {
        return new EspeakSpeech(espeak, null);
    }

    /** Writes each utterance to {@code wav} (overwriting it) instead of playing it: for checking the voices. */
    public static EspeakSpeech toWavFile(Espeak espeak, Path wav) {
        return new EspeakSpeech(espeak, wav);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void speak(String text, UiLanguage language, boolean slow, Runnable ended) {
        if (text.isBlank()) {
            stop();
            ended.run();
            return;
        }
        List<String> command = wav == null ? espeak.toAudioDevice(language, slow) : espeak.toWavFile(language, slow, wav);
        Utterance utterance;
        synchronized (this) {
            stopCurrent();
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                log.warn("speech synthesiser {} did not start: {}", espeak.executable(), e.getMessage());
                ended.run();
                return;
            }
            utterance = new Utterance(process, language, new AtomicBoolean());
            current = utterance;
        }
        // written off the caller's thread (the FX thread): a long text may fill the pipe before the synthesiser reads it
        Thread.ofVirtual().name("speech-input").start(() -> write(utterance.process(), text));
        utterance.process().onExit().thenRun(() -> {
            synchronized (this) {
                if (current == utterance) {
                    current = null;
                }
            }
            int status = utterance.process().exitValue();
            if (status != 0 && !utterance.stopped().get()) {
                log.warn("speech synthesiser exited with status {} speaking {} (voice {}): check the sound card and "
                        + "the voice with espeak-ng -v {} test", status, utterance.language().tag(),
                        espeak.voices().get(utterance.language()), espeak.voices().get(utterance.language()));
            }
            ended.run();
        });
    }

    @Override
    public synchronized void stop() {
        stopCurrent();
    }

    /** The process of the utterance being spoken, if any. */
    public synchronized Optional<ProcessHandle> speaking() {
        return Optional.ofNullable(current).map(u -> u.process().toHandle()).filter(ProcessHandle::isAlive);
    }

    @Override
    public void close() {
        stop();
    }

    private void stopCurrent() {
        if (current != null) {
            current.stopped().set(true);
            current.process().descendants().forEach(ProcessHandle::destroyForcibly);
            current.process().destroyForcibly();
            current = null;
        }
    }

    private static void write(Process process, String text) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the utterance was stopped before the synthesiser read all of it: there is nobody left to tell
        }
    }

    private record Utterance(Process process, UiLanguage language, AtomicBoolean stopped) {
    }
}

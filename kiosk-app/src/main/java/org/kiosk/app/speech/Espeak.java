package org.kiosk.app.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.kiosk.app.ui.i18n.UiLanguage;

/**
 * The eSpeak NG synthesiser's command lines: the voice of each language, the speaking rates, and where the audio goes.
 * The text itself is never on the command line: it is written to the process's standard input (UTF-8).
 *
 * @param executable the {@code espeak-ng} program
 * @param voices     the voice of each screen language
 * @param rate       words per minute
 * @param slowRate   words per minute in elder mode
 */
public record Espeak(Path executable, Map<UiLanguage, String> voices, int rate, int slowRate) {

    public Espeak {
        for (UiLanguage language : UiLanguage.values()) {
            if (!voices.containsKey(language)) {
                throw new IllegalArgumentException("no voice for " + language.tag());
            }
        }
        voices = Collections.unmodifiableMap(new EnumMap<>(voices));
    }

    /** Finds {@code command}: a path when it has a '/', otherwise the first executable of that name on the PATH. */
    public static Optional<Path> locate(String command) {
        if (command.contains("/")) {
            Path path = Path.of(command);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searched = System.getenv("PATH");
        if (searched == null) {
            return Optional.empty();
        }
        for (String dir : searched.split(":")) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Speaks standard input on the default audio device (eSpeak NG's own output, through ALSA or PulseAudio). */
    public List<String> toAudioDevice(UiLanguage language, boolean slow) {
        return command(language, slow, null);
    }

    /** Writes the speech of standard input to {@code wav} instead of playing it. */
    public List<String> toWavFile(UiLanguage language, boolean slow, Path wav) {
        return command(language, slow, wav);
    }

    /** Whether {@code voice} is installed: the synthesiser is asked to load it and say nothing. */
    public boolean hasVoice(String voice) throws IOException {
        Process process = new ProcessBuilder(executable.toString(), "-q", "-v", voice, "")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(executable + " did not answer within 10 s when asked for the voice " + voice);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the voice " + voice, e);
        }
        return process.exitValue() == 0;
    }

    private List<String> command(UiLanguage language, boolean slow, Path wav) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-v", voices.get(language),
                "-s", Integer.toString(slow ? slowRate : rate), "-b", "1"));
        if (wav != null) {
            command.addAll(List.of("-w", wav.toString()));
        }
        command.add("--stdin");
        return command;
    }
}

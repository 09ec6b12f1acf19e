package org.kiosk.app.config;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Speech output on the citizen's screens: {@code kiosk.speech.*}, spoken by the eSpeak NG synthesiser.
 *
 * @param enabled   {@code kiosk.speech.enabled}: {@code auto} (speak when the synthesiser is installed and the kiosk
 *                  has a sound card), {@code true} (speak; the synthesiser must be installed) or {@code false}
 * @param command   {@code kiosk.speech.command}: the synthesiser, a name looked up on the {@code PATH} or a path
 * @param voices    {@code kiosk.speech.voices.*}: the voice of each screen language
 * @param rate      {@code kiosk.speech.rate}: words per minute
 * @param elderRate {@code kiosk.speech.elder-rate}: words per minute in elder mode
 */
@ConfigurationProperties("kiosk.speech")
public record SpeechProperties(
        @DefaultValue("auto") String enabled,
        @DefaultValue("espeak-ng") String command,
        @DefaultValue Voices voices,
        @DefaultValue("160") int rate,
        @DefaultValue("120") int elderRate) {

    /** eSpeak NG's own limits on the speaking rate. */
    public static final int SLOWEST = 80;
    public static final int FASTEST = 450;

    /** Whether the kiosk speaks. */
    public enum Mode { AUTO, ON, OFF }

    /**
     * The eSpeak NG voice of each language of the screens: a voice or language name of {@code espeak-ng --voices},
     * optionally with a variant ({@code en+f3}).
     *
     * @param zhCn {@code kiosk.speech.voices.zh-cn}: Simplified Chinese screens, in Mandarin
     * @param zhHk {@code kiosk.speech.voices.zh-hk}: Traditional Chinese screens (Hong Kong and Macao), in Cantonese
     * @param en   {@code kiosk.speech.voices.en}: English screens
     */
    public record Voices(@DefaultValue("cmn") String zhCn, @DefaultValue("yue") String zhHk, @DefaultValue("en") String en) {

        public Voices {
            checkVoice("kiosk.speech.voices.zh-cn", zhCn);
            checkVoice("kiosk.speech.voices.zh-hk", zhHk);
            checkVoice("kiosk.speech.voices.en", en);
        }

        private static void checkVoice(String key, String voice) {
            // the name becomes one argument of the synthesiser's command line: nothing that could read as an option
            if (voice == null || !voice.matches("[A-Za-z0-9][A-Za-z0-9_/+-]{0,63}")) {
                throw new IllegalArgumentException(key + " must be an eSpeak NG voice such as cmn, yue or en (letters, digits,"
                        + " '_', '/', '+', '-'), got '" + voice + "'");
            }
        }
    }

    public SpeechProperties {
        mode(enabled);
        if (command == null || command.isBlank() || command.startsWith("-")) {
            throw new IllegalArgumentException("kiosk.speech.command must name the synthesiser, e.g. espeak-ng");
        }
        checkRate("kiosk.speech.rate", rate);
        checkRate("kiosk.speech.elder-rate", elderRate);
    }

    /** The defaults, as a kiosk without configuration runs. */
    public static SpeechProperties defaults() {
        return new SpeechProperties("auto", "espeak-ng", new Voices("cmn", "yue", "en"), 160, 120);
    }

    public Mode mode() {
        return mode(enabled);
    }

    private static Mode mode(String enabled) {
        return switch (enabled == null ? "" : enabled.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Mode.AUTO;
            case "true" -> Mode.ON;
            case "false" -> Mode.OFF;
            default -> throw new IllegalArgumentException("kiosk.speech.enabled must be auto, true or false, got '"
                    + enabled + "'");
        };
    }

    private static void checkRate(String key, int wordsPerMinute) {
        if (wordsPerMinute < SLOWEST || wordsPerMinute > FASTEST) {
            throw new IllegalArgumentException(key + " must be " + SLOWEST + " to " + FASTEST + " words per minute, got "
                    + wordsPerMinute);
        }
    }
}

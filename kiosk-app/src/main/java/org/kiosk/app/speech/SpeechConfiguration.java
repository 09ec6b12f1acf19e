package org.kiosk.app.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.kiosk.app.config.SpeechProperties;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.service.Speech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Speech output where the kiosk has audio ({@code kiosk.speech.*}); otherwise {@link Speech#NONE}. */
@Configuration(proxyBeanMethods = false)
public class SpeechConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpeechConfiguration.class);

    @Bean
    Speech speech(SpeechProperties properties) {
        return choose(properties, SoundCards.PROC_CARDS);
    }

    /**
     * The speech the settings ask for, given where the sound cards are listed: {@link Speech#NONE} when turned off, or
     * with {@code auto} when the synthesiser or a sound card is missing; refused (naming the key) when {@code true}
     * finds no synthesiser or a configured voice is not installed.
     */
    public static Speech choose(SpeechProperties properties, Path soundCards) {
        SpeechProperties.Mode mode = properties.mode();
        if (mode == SpeechProperties.Mode.OFF) {
            log.info("speech output off (kiosk.speech.enabled=false)");
            return Speech.NONE;
        }
        Optional<Path> executable = Espeak.locate(properties.command());
        if (executable.isEmpty()) {
            if (mode == SpeechProperties.Mode.ON) {
                throw new IllegalArgumentException("kiosk.speech.command: the synthesiser '" + properties.command()
                        + "' is not installed (Debian package espeak-ng), and kiosk.speech.enabled=true needs it");
            }
            log.info("speech output off: the synthesiser '{}' is not installed (Debian package espeak-ng)",
                    properties.command());
            return Speech.NONE;
        }
        if (mode == SpeechProperties.Mode.AUTO && !SoundCards.present(soundCards)) {
            log.info("speech output off: no sound card listed in {}", soundCards);
            return Speech.NONE;
        }
        Espeak espeak = new Espeak(executable.get(), voices(properties.voices()), properties.rate(), properties.elderRate());
        checkVoice(espeak, "kiosk.speech.voices.zh-cn", properties.voices().zhCn());
        checkVoice(espeak, "kiosk.speech.voices.zh-hk", properties.voices().zhHk());
        checkVoice(espeak, "kiosk.speech.voices.en", properties.voices().en());
        log.info("speech output on: {} with voices {}", executable.get(), espeak.voices());
        return EspeakSpeech.toAudioDevice(espeak);
    }

    private static Map<UiLanguage, String> voices(SpeechProperties.Voices voices) {
        Map<UiLanguage, String> byLanguage = new EnumMap<>(UiLanguage.class);
        byLanguage.put(UiLanguage.SIMPLIFIED_CHINESE, voices.zhCn());
        byLanguage.put(UiLanguage.TRADITIONAL_CHINESE, voices.zhHk());
        byLanguage.put(UiLanguage.ENGLISH, voices.en());
        return byLanguage;
    }

    private static void checkVoice(Espeak espeak, String key, String voice) {
        boolean installed;
        try {
            installed = espeak.hasVoice(voice);
        } catch (IOException e) {
            throw new IllegalStateException(key + ": the synthesiser " + espeak.executable() + " could not be asked for the "
                    + "voice '" + voice + "': " + e.getMessage(), e);
        }
        if (!installed) {
            throw new IllegalArgumentException(key + ": the voice '" + voice + "' is not installed (espeak-ng --voices "
                    + "lists the voices)");
        }
    }
}

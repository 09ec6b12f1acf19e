package org.kiosk.app.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.config.SpeechProperties;
import org.kiosk.app.config.SpeechProperties.Voices;
import org.kiosk.app.ui.service.Speech;

/**
 * "Where the kiosk has audio": {@code auto} speaks only with the synthesiser installed and a sound card listed (the
 * list's path is the test's own file), {@code true} insists on the synthesiser, {@code false} never speaks; bad
 * settings are refused naming the key.
 */
class SpeechConfigurationTest {

    private static final Voices VOICES = new Voices("cmn", "yue", "en");

    @TempDir
    Path dir;

    private Path oneCard;
    private Path noCards;

    @BeforeEach
    void soundCards() throws IOException {
        oneCard = Files.writeString(dir.resolve("cards-one"), """
                 0 [PCH            ]: HDA-Intel - HDA Intel PCH
                                      HDA Intel PCH at 0xf7f10000 irq 32
                """);
        // what the kernel lists with ALSA and no card
        noCards = Files.writeString(dir.resolve("cards-none"), "--- no soundcards ---\n");
    }

    private static SpeechProperties settings(String enabled, String command) {
        return new SpeechProperties(enabled, command, VOICES, 160, 120);
    }

    @Test
    void autoSpeaksWithTheSynthesiserAndASoundCard() {
        Speech speech = SpeechConfiguration.choose(settings("auto", "espeak-ng"), oneCard);
        assertThat(speech).isInstanceOf(EspeakSpeech.class);
        assertThat(speech.available()).isTrue();
    }

    @Test
    void autoWithoutASoundCardIsUnavailable() {
        assertThat(SpeechConfiguration.choose(settings("auto", "espeak-ng"), noCards).available()).isFalse();
        assertThat(SpeechConfiguration.choose(settings("auto", "espeak-ng"), dir.resolve("no-asound")).available()).isFalse();
        assertThat(SoundCards.present(oneCard)).isTrue();
        assertThat(SoundCards.present(noCards)).isFalse();
    }

    @Test
    void autoWithoutTheSynthesiserIsUnavailable() {
        assertThat(SpeechConfiguration.choose(settings("auto", dir.resolve("espeak-ng").toString()), oneCard).available())
                .isFalse();
        assertThat(SpeechConfiguration.choose(settings("auto", "no-such-synthesiser"), oneCard).available()).isFalse();
    }

    @Test
    void trueSpeaksWithoutASoundCardListedButNeedsTheSynthesiser() {
        assertThat(SpeechConfiguration.choose(settings("true", "espeak-ng"), noCards).available()).isTrue();
        assertThatThrownBy(() -> SpeechConfiguration.choose(settings("true", "no-such-synthesiser"), oneCard))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kiosk.speech.command: the synthesiser 'no-such-synthesiser' is not installed");
    }

    @Test
    void falseNeverSpeaks() {
        assertThat(SpeechConfiguration.choose(settings("false", "espeak-ng"), oneCard)).isSameAs(Speech.NONE);
        assertThat(SpeechConfiguration.choose(settings("FALSE", "espeak-ng"), oneCard).available()).isFalse();
    }

    @Test
    void aVoiceThatIsNotInstalledIsRefusedNamingItsKey() {
        SpeechProperties klingon = new SpeechProperties("auto", "espeak-ng", new Voices("cmn", "tlh", "en"), 160, 120);
        assertThatThrownBy(() -> SpeechConfiguration.choose(klingon, oneCard))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kiosk.speech.voices.zh-hk: the voice 'tlh' is not installed (espeak-ng --voices lists the voices)");
        // a kiosk that cannot speak anyway does not ask
        assertThat(SpeechConfiguration.choose(klingon, noCards).available()).isFalse();
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> settings("maybe", "espeak-ng")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kiosk.speech.enabled must be auto, true or false, got 'maybe'");
        assertThatThrownBy(() -> settings("auto", "-w")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kiosk.speech.command must name the synthesiser");
        assertThatThrownBy(() -> new SpeechProperties("auto", "espeak-ng", VOICES, 20, 120))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kiosk.speech.rate must be 80 to 450 words per minute, got 20");
        assertThatThrownBy(() -> new SpeechProperties("auto", "espeak-ng", VOICES, 160, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kiosk.speech.elder-rate must be 80 to 450");
        assertThatThrownBy(() -> new Voices("cmn", "yue", "--stdout")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kiosk.speech.voices.en must be an eSpeak NG voice");
        assertThatThrownBy(() -> new Voices("", "yue", "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kiosk.speech.voices.zh-cn must be an eSpeak NG voice");
        assertThat(SpeechProperties.defaults().mode()).isEqualTo(SpeechProperties.Mode.AUTO);
    }
}

package org.kiosk.app.ui.speech;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Speech;
import org.kiosk.app.ui.session.UiClock;

/**
 * The chrome's speech control: "read aloud" reads the current screen (see {@link SpokenText}) in its language, slower
 * in elder mode; while it speaks the control says "stop"; once the screen was read it offers "read again". A new
 * screen, a change of language or mode, and the end of the visit stop the speech. A citizen who asked for speech in
 * this visit also hears what appears above the screen for them to act on, the inactivity warning. Runs on the FX
 * thread.
 */
public final class ReadAloud {

    public static final String READ_ID = "speech-read";
    public static final String STOP_ID = "speech-stop";
    public static final String REPEAT_ID = "speech-repeat";

    /**
     * The longest a reading counts as the citizen using the kiosk: a long screen read slowly lasts about two minutes,
     * and a synthesiser that never ends must not keep a visit (and its personal data) open.
     */
    public static final Duration LONGEST_LISTENING = Duration.ofMinutes(5);

    private final Speech speech;
    private final UiClock clock;
    private Button control;
    private ScreenContext context;
    private Node screen;
    private boolean speaking;
    private long speakingSince;
    private boolean readHere;
    /** Whether the citizen of this visit asked for speech. */
    private boolean asked;
    /** Counts utterances, so that the end of one that was replaced or stopped changes nothing. */
    private long utterances;

    public ReadAloud(Speech speech, UiClock clock) {
        this.speech = speech;
        this.clock = clock;
    }

    /** Whether the kiosk can speak: without it the chrome shows no control. */
    public boolean available() {
        return speech.available();
    }

    /** Whether the screen is being read aloud now. */
    public boolean speaking() {
        return speaking;
    }

    /** Whether the citizen is listening to the screen, for no longer than {@link #LONGEST_LISTENING} so far. */
    public boolean listening() {
        return speaking && clock.nanos() - speakingSince < LONGEST_LISTENING.toNanos();
    }

    /** Makes {@code button} the control for {@code content}, the screen shown with {@code c}. */
    public void showOn(Button button, ScreenContext c, Node content) {
        control = button;
        context = c;
        screen = content;
        update();
    }

    /** The control was touched: reads the screen, or stops reading it. */
    public void press() {
        if (speaking) {
            stop();
            return;
        }
        asked = true;
        UiLanguage language = context.language();
        String text = SpokenText.utterance(SpokenText.phrases(screen), language);
        long utterance = ++utterances;
        speaking = true;
        speakingSince = clock.nanos();
        update();
        speech.speak(text, language, context.elder(), () -> onFxThread(() -> ended(utterance)));
    }

    /** Stops speaking (the visit ended, or the citizen asked). */
    public void stop() {
        utterances++;
        if (speaking) {
            speaking = false;
            readHere = true;
        }
        speech.stop();
        update();
    }

    /**
     * Reads {@code shown}, which appeared above the screen for the citizen to act on, to a citizen who asked for speech
     * in this visit: one who cannot read the screen would otherwise miss it. It replaces the screen's reading and does
     * not count as listening, so it does not hold off the timeout it warns of.
     */
    public void announce(Node shown, UiLanguage language, boolean elder) {
        if (!asked) {
            return;
        }
        utterances++;
        speaking = false;
        speech.speak(SpokenText.utterance(SpokenText.phrases(shown), language), language, elder, () -> { });
        update();
    }

    /** The visit ended: nothing more is said, and the next citizen has not asked for speech. */
    public void visitEnded() {
        stop();
        asked = false;
    }

    /** Another screen (or the same in another language or mode) is about to show: what was said no longer applies. */
    public void screenChanged() {
        utterances++;
        if (speaking) {
            speaking = false;
            speech.stop();
        }
        readHere = false;
        control = null;
        screen = null;
    }

    private void ended(long utterance) {
        if (utterance == utterances) {
            speaking = false;
            readHere = true;
            update();
        }
    }

    private void update() {
        if (control == null) {
            return;
        }
        if (speaking) {
            control.setId(STOP_ID);
            control.setText(context.text("chrome.read-stop"));
        } else if (readHere) {
            control.setId(REPEAT_ID);
            control.setText(context.text("chrome.read-again"));
        } else {
            control.setId(READ_ID);
            control.setText(context.text("chrome.read-aloud"));
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}

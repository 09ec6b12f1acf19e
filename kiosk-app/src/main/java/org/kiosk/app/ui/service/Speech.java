package org.kiosk.app.ui.service;

import org.kiosk.app.ui.i18n.UiLanguage;

/**
 * Speaking what is on the screen, where the kiosk has audio. One utterance at a time: a new one stops the one before.
 * The texts given here are the screen's public texts only; they are never logged.
 */
public interface Speech {

    /** Whether the kiosk can speak at all; without it the screens offer no speech controls. */
    boolean available();

    /**
     * Starts speaking {@code text} in {@code language}, more slowly when {@code slow} (elder mode), and returns at once.
     * {@code ended} runs once, on any thread, when this utterance is over: finished, stopped, replaced or failed.
     */
    void speak(String text, UiLanguage language, boolean slow, Runnable ended);

    /** Stops speaking now; nothing happens when nothing is being spoken. */
    void stop();

    /** No audio on this kiosk. */
    Speech NONE = new Speech() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void speak(String text, UiLanguage language, boolean slow, Runnable ended) {
            ended.run();
        }

        @Override
        public void stop() {
        }
    };
}

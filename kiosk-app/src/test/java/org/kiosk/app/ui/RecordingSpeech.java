package org.kiosk.app.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.service.Speech;

/** A speaker that keeps what it was asked to say and speaks until stopped, replaced, or told it {@link #finish}ed. */
public final class RecordingSpeech implements Speech {

    /** One utterance as the screens asked for it. */
    public record Spoken(String text, UiLanguage language, boolean slow) {
    }

    public final List<Spoken> spoken = new CopyOnWriteArrayList<>();
    private Runnable ended;
    private int stops;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized void speak(String text, UiLanguage language, boolean slow, Runnable ended) {
        end();
        spoken.add(new Spoken(text, language, slow));
        this.ended = ended;
    }

    @Override
    public synchronized void stop() {
        stops++;
        end();
    }

    /** The utterance being spoken reaches its end. */
    public synchronized void finish() {
        end();
    }

    public synchronized boolean speaking() {
        return ended != null;
    }

    /** How often speech was stopped. */
    public synchronized int stops() {
        return stops;
    }

    public Spoken last() {
        return spoken.getLast();
    }

    private void end() {
        if (ended != null) {
            Runnable running = ended;
            ended = null;
            running.run();
        }
    }
}

package org.kiosk.app.ui.headless;

/** The journey did not reach its expected end; the message says where it stopped and why. */
public final class JourneyFailure extends Exception {

    public JourneyFailure(String message) {
        super(message);
    }
}

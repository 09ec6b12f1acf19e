package org.kiosk.app.ui.headless;

/**
 * A scripted walk through the screens, run without a display by {@code --headless --journey NAME}. It drives the
 * kiosk through {@link JourneyContext}, saves screenshots, and throws {@link JourneyFailure} when the kiosk does not
 * reach the expected end.
 */
public interface Journey {

    /** What {@code --journey} names it by. */
    String name();

    /** One line for the list of journeys. */
    String description();

    /** Runs on the FX thread. */
    void run(JourneyContext context) throws Exception;
}

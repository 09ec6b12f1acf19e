package org.kiosk.app.ui.screen;

import javafx.scene.Node;

/**
 * One screen of the citizen's journeys. A screen builds its nodes afresh each time it is shown and whenever the
 * language or elder mode changes, reading every text from {@link ScreenContext#text} and every personal item from
 * the session, so that switching language keeps the citizen where they are and a wipe leaves nothing behind.
 * The kiosk puts the chrome (language, elder mode, counter, call staff) around what it builds.
 */
public interface Screen {

    /** Stable, lower-case with '-': names screenshots, audit reports and staff calls. */
    String id();

    /** The screen's content, on the FX thread. */
    Node build(ScreenContext context);
}

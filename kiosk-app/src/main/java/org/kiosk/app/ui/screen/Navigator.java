package org.kiosk.app.ui.screen;

/** How screens move the citizen on. */
public interface Navigator {

    /** Shows {@code screen}, remembering the current one for {@link #back()}. */
    void show(Screen screen);

    /** The previous screen, or home. */
    void back();

    /** The home screen; the visit (and its data) continues. */
    void home();

    /** Ends the visit: wipes every personal item from memory and screen and asks for the card to be taken. */
    void endVisit();
}

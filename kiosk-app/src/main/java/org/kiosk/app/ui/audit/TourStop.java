package org.kiosk.app.ui.audit;

import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.session.ManualUiClock;

/**
 * One state of the screens a tour visits: {@code open} brings a freshly reset kiosk (already in the tour's language
 * and mode) to it, using the clock for anything timed.
 *
 * @param name names the screenshot and the audit report (the screen id, with a qualifier where one screen has several)
 */
public record TourStop(String name, Opener open) {

    @FunctionalInterface
    public interface Opener {
        void open(KioskUi ui, ManualUiClock clock);
    }
}

package org.kiosk.app.ui.headless;

import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.PassportReadScreen;
import org.kiosk.app.ui.screens.CounterScreen;

/** An expired passport, in Traditional Chinese: read, refused in words, and the counter offered and taken. */
public final class ExpiredPassportJourney extends PassportApplicationJourney {

    @Override
    public String name() {
        return "passport-expired";
    }

    @Override
    public String description() {
        return "an expired passport refused, the counter offered";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        chooseMatter(c, UiLanguage.TRADITIONAL_CHINESE, RECORD_MATTER);
        choosePassport(c);
        c.simulation().placePassport(SimulatedPassport.EXPIRED);
        try {
            c.simulation().scanPassportZone(SimulatedPassport.EXPIRED);
            awaitRead(c);
            if (!(c.ui().currentScreen() instanceof PassportReadScreen read) || read.stage() != PassportReadScreen.Stage.EXPIRED
                    || c.ui().scene().lookup("#passport-read-expired") == null) {
                throw new JourneyFailure("the expired passport was not refused in words; the kiosk shows " + c.ui().visibleScreenId());
            }
            c.press("passport-read-counter");
            c.expectScreen(CounterScreen.ID);
            c.screenshot("counter");
        } finally {
            c.simulation().removePassport();
        }
        c.ui().reset();
    }
}

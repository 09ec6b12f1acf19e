package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.TakeCardScreen;

/** The card is taken off the reader in the middle of the form: the visit ends, everything is wiped, take your card. */
public final class CardPulledJourney extends ApplicationJourney {

    @Override
    public String name() {
        return "card-pulled";
    }

    @Override
    public String description() {
        return "card pulled out mid-journey: wiped, take your card";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        readCard(c, ResidentFingerprintJourney.CARD);
        c.press("consent-refuse");
        c.press("form-next");
        c.press("key-1");
        c.screenshot("form-before-card-pulled");
        c.simulation().removeCard();
        c.awaitScreen(TakeCardScreen.ID, DEVICE_WAIT);
        expectWiped(c);
    }
}

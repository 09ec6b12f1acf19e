package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ResultScreen;

/** A resident ID card, consent given, the finger verified, the form, the receipt printed, the rating. */
public final class ResidentFingerprintJourney extends ApplicationJourney {

    static final String CARD = "resident-fp2";

    @Override
    public String name() {
        return "resident-fingerprint";
    }

    @Override
    public String description() {
        return "resident ID card, consented fingerprint, form, printed receipt, rating";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        readCard(c, CARD);
        fingerprint(c, CARD);
        fillForm(c);
        submit(c, ResultScreen.ID);
        finish(c);
    }
}

package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ResultScreen;

/** A Hong Kong resident with the residence permit, in Traditional Chinese; the permit has no fingerprint, so no consent is asked. */
public final class HkPermitJourney extends ApplicationJourney {

    @Override
    public String name() {
        return "hk-permit";
    }

    @Override
    public String description() {
        return "Hong Kong/Macao residence permit, in Traditional Chinese";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.TRADITIONAL_CHINESE, RECORD_MATTER);
        readCard(c, "hmt-hong-kong");
        fillForm(c);
        submit(c, ResultScreen.ID);
        if (c.ui().language() != UiLanguage.TRADITIONAL_CHINESE) {
            throw new JourneyFailure("the journey left Traditional Chinese");
        }
        finish(c);
    }
}

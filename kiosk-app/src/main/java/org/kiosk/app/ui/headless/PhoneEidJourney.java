package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ResultScreen;

/**
 * The e-ID code of the citizen's government app shown to the scanner: the platform vouches for the holder, the form
 * comes prefilled (no fingerprint: an e-ID carries no template), the application is submitted, the rating given.
 */
public final class PhoneEidJourney extends ApplicationJourney {

    /** The platform simulator's sample citizen whose phone shows the code. */
    static final String CITIZEN = "resident-01";

    @Override
    public String name() {
        return "phone-eid";
    }

    @Override
    public String description() {
        return "e-ID code from the phone, form prefilled, printed receipt, rating";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        identifyByPhone(c, CITIZEN);
        fillForm(c);
        submit(c, ResultScreen.ID);
        finish(c);
    }
}

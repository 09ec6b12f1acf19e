package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.IdentifyScreen;
import org.kiosk.app.ui.screens.CounterScreen;

/**
 * Phone codes the kiosk refuses, each with its message in words and the other ways still offered: a payment code
 * (not an e-ID), an e-ID code past its lifetime, and an e-ID code shown a second time after it was used.
 */
public final class PhoneEidRefusedJourney extends ApplicationJourney {

    /** Another app's code: a web address is only text to the kiosk. */
    static final String NOT_AN_EID = "https://pay.example.com/qr/8f3a2c";

    @Override
    public String name() {
        return "phone-eid-refused";
    }

    @Override
    public String description() {
        return "phone codes refused: not an e-ID, expired, already used; the citizen goes on another way";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        expired(c);
        replayed(c);
    }

    /** An e-ID code whose lifetime is over: make a new one in the app. */
    void expired(JourneyContext c) throws Exception {
        chooseMatter(c, UiLanguage.ENGLISH, FUND_MATTER);
        openPhoneEid(c);
        c.simulation().showPhoneEid(PhoneEidJourney.CITIZEN, true);
        expectPhoneRefused(c, "phone-eid.expired");
        c.press("phone-eid-other");
        c.expectScreen(IdentifyScreen.ID);
        c.press("identify-counter");
        c.expectScreen(CounterScreen.ID);
        c.ui().reset();
    }

    /** A code used in one visit and shown again in the next: already used. */
    void replayed(JourneyContext c) throws Exception {
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        String used = identifyByPhone(c, "resident-02");
        c.ui().reset();
        chooseMatter(c, UiLanguage.TRADITIONAL_CHINESE, FUND_MATTER);
        openPhoneEid(c);
        // another app's code first, as a citizen trying apps would; it also ends the scanner's repeat window, which
        // would otherwise drop the used code read again so soon after the first visit
        c.simulation().scanCode(NOT_AN_EID);
        expectPhoneRefused(c, "phone-eid.not-an-eid");
        c.simulation().scanCode(used);
        expectPhoneRefused(c, "phone-eid.already-used");
        c.press("phone-eid-counter");
        c.expectScreen(CounterScreen.ID);
        c.ui().reset();
    }
}

package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ResultScreen;

/** The platform cannot be reached: the application is kept in the outbox and the receipt is provisional. */
public final class PlatformDownJourney extends ApplicationJourney {

    @Override
    public String name() {
        return "platform-down";
    }

    @Override
    public String description() {
        return "platform unreachable: provisional receipt with the local reference";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        c.simulation().platformReachable(false);
        try {
            chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
            readCard(c, ResidentFingerprintJourney.CARD);
            c.press("consent-refuse");
            fillForm(c);
            submit(c, ResultScreen.ID);
            if (!provisional(c)) {
                throw new JourneyFailure("the platform was down but the receipt is not provisional");
            }
            finish(c);
        } finally {
            c.simulation().platformReachable(true);
        }
    }
}

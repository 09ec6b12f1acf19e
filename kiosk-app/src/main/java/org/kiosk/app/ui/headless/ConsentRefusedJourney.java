package org.kiosk.app.ui.headless;

import java.util.List;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ConsentScreen;
import org.kiosk.app.ui.journey.ResultScreen;

/** Consent to fingerprint verification refused: the application goes on, identity to be checked at the counter. */
public final class ConsentRefusedJourney extends ApplicationJourney {

    @Override
    public String name() {
        return "consent-refused";
    }

    @Override
    public String description() {
        return "fingerprint consent refused: the alternative (counter verification), not a dead end";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        readCard(c, ResidentFingerprintJourney.CARD);
        c.expectScreen(ConsentScreen.ID);
        c.screenshot("consent");
        c.press("consent-refuse");
        fillForm(c);
        submit(c, ResultScreen.ID);
        String counter = c.ui().texts().get(c.ui().language(), "result.verify-at-counter");
        if (SceneText.occurrences(c.ui().scene(), List.of(counter)).isEmpty()) {
            throw new JourneyFailure("the result does not say that identity is checked at the counter");
        }
        finish(c);
    }
}

package org.kiosk.app.ui.headless;

import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.OnScreenReceiptScreen;

/** The printer runs out of paper: the receipt is shown on screen with its QR code and the counter option. */
public final class PaperOutJourney extends ApplicationJourney {

    @Override
    public String name() {
        return "paper-out";
    }

    @Override
    public String description() {
        return "printer out of paper: the receipt on screen with its QR code";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.ENGLISH, FUND_MATTER);
        readCard(c, ResidentFingerprintJourney.CARD);
        c.press("consent-refuse");
        fillForm(c);
        c.simulation().paperOut(true);
        try {
            submit(c, OnScreenReceiptScreen.ID);
            if (c.ui().scene().lookup("#receipt-qr") == null || c.ui().scene().lookup("#receipt-counter") == null) {
                throw new JourneyFailure("the on-screen receipt lacks its QR code or the counter option");
            }
            finish(c);
        } finally {
            c.simulation().paperOut(false);
        }
    }
}

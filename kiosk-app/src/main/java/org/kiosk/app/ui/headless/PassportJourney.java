package org.kiosk.app.ui.headless;

import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.DocumentScreen;
import org.kiosk.app.ui.journey.ResultScreen;

/**
 * A passport holder, in English: the photo page's zone scanned, the chip read (verified against the test country's
 * signing CA), the form prefilled from it, submitted with counter verification, the receipt printed.
 */
public final class PassportJourney extends PassportApplicationJourney {

    @Override
    public String name() {
        return "passport";
    }

    @Override
    public String description() {
        return "passport: the photo page scanned, the chip read, the form prefilled, the receipt printed";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.ENGLISH, RECORD_MATTER);
        choosePassport(c);
        c.simulation().placePassport(SimulatedPassport.SAMPLE);
        try {
            c.simulation().scanPassportZone(SimulatedPassport.SAMPLE);
            awaitRead(c);
            c.expectScreen(DocumentScreen.ID);
            if (c.ui().scene().lookup("#document-name") == null) {
                throw new JourneyFailure("the document screen does not show the passport holder's name");
            }
            expectDocument(c);
            fillForm(c);
            submit(c, ResultScreen.ID);
            finish(c);
        } finally {
            c.simulation().removePassport();
        }
    }
}

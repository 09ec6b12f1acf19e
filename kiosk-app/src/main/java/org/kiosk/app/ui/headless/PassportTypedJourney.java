package org.kiosk.app.ui.headless;

import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.DocumentScreen;
import org.kiosk.app.ui.journey.PassportEntryScreen;
import org.kiosk.app.ui.journey.ResultScreen;
import org.kiosk.app.ui.service.PassportIdentification.Problem;

/**
 * A passport whose zone is typed, in Simplified Chinese, first with a wrong birth date: the chip refuses it, the kiosk
 * says so in words, the citizen corrects the date and the read succeeds.
 */
public final class PassportTypedJourney extends PassportApplicationJourney {

    static final String NUMBER = "L898902C";
    static final String BIRTH_DATE = "19740812";
    static final String EXPIRY = "20340415";

    @Override
    public String name() {
        return "passport-typed";
    }

    @Override
    public String description() {
        return "passport: the zone typed with a wrong birth date, refused by the chip, corrected";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.simulation().paperOut(false);
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, RECORD_MATTER);
        choosePassport(c);
        c.press("passport-next");
        if (c.ui().scene().lookup("#passport-error") == null) {
            throw new JourneyFailure("an empty passport number was accepted without a message");
        }
        c.screenshot("passport-entry-empty");
        c.press("key-" + NUMBER.charAt(0));
        if (c.ui().scene().lookup("#passport-error") != null) {
            throw new JourneyFailure("the message about the empty number stays while the number is typed");
        }
        c.simulation().placePassport(SimulatedPassport.SAMPLE);
        try {
            typeZone(c, NUMBER, "19740813", EXPIRY);
            awaitRead(c);
            expectProblem(c, Problem.WRONG_ACCESS_DATA);
            c.press("passport-read-correct");
            c.expectScreen(PassportEntryScreen.ID);
            typeZone(c, NUMBER, BIRTH_DATE, EXPIRY);
            awaitRead(c);
            c.expectScreen(DocumentScreen.ID);
            expectDocument(c);
            fillForm(c);
            submit(c, ResultScreen.ID);
            finish(c);
        } finally {
            c.simulation().removePassport();
        }
    }
}

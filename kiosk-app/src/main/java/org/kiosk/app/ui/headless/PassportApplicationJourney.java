package org.kiosk.app.ui.headless;

import java.util.Locale;
import javafx.scene.control.Labeled;
import org.kiosk.app.ui.journey.DocumentScreen;
import org.kiosk.app.ui.journey.IdentifyScreen;
import org.kiosk.app.ui.journey.PassportEntryScreen;
import org.kiosk.app.ui.journey.PassportReadScreen;
import org.kiosk.app.ui.service.PassportIdentification.Problem;

/** The steps of the passport journeys: the passport chosen, its zone scanned or typed, the chip read. */
abstract class PassportApplicationJourney extends ApplicationJourney {

    /** "Use a passport" on the identify screen: the entry of the zone. */
    static void choosePassport(JourneyContext c) throws Exception {
        c.expectScreen(IdentifyScreen.ID);
        c.press("identify-passport");
        c.expectScreen(PassportEntryScreen.ID);
        c.screenshot("passport-entry");
    }

    /** Types the zone's document number and dates (eight digits each) page by page, as printed on the photo page. */
    static void typeZone(JourneyContext c, String number, String birthDate, String expiry) throws Exception {
        for (String entry : new String[] {number, birthDate, expiry}) {
            c.expectScreen(PassportEntryScreen.ID);
            c.press("key-clear");
            for (char k : entry.toCharArray()) {
                c.press("key-" + k);
            }
            PassportEntryScreen.Step step = ((PassportEntryScreen) c.ui().currentScreen()).step();
            c.screenshot("passport-entry-" + step.name().toLowerCase(Locale.ROOT));
            c.press("passport-next");
            if (c.ui().scene().lookup("#passport-error") instanceof Labeled error) {
                throw new JourneyFailure("the " + step + " entry was refused: " + error.getText());
            }
        }
    }

    /** Waits until the read ends: the document screen, or the read screen refusing the passport or failing. */
    static void awaitRead(JourneyContext c) throws Exception {
        c.awaitScreen(PassportReadScreen.ID, DEVICE_WAIT);
        c.screenshot(PassportReadScreen.ID);
        c.await(() -> !(c.ui().currentScreen() instanceof PassportReadScreen read)
                || read.stage() == PassportReadScreen.Stage.FAILED || read.stage() == PassportReadScreen.Stage.EXPIRED, DEVICE_WAIT);
        if (c.ui().currentScreen() instanceof PassportReadScreen read) {
            if (read.stage() == PassportReadScreen.Stage.WAITING || read.stage() == PassportReadScreen.Stage.READING) {
                throw new JourneyFailure("the passport was not read within " + DEVICE_WAIT.toSeconds() + " s");
            }
            c.screenshot("passport-read-" + read.stage().name().toLowerCase(Locale.ROOT));
        }
    }

    /** The read failed with {@code expected}, said in words on the screen. */
    static void expectProblem(JourneyContext c, Problem expected) throws Exception {
        if (!(c.ui().currentScreen() instanceof PassportReadScreen read) || read.problem().orElse(null) != expected) {
            throw new JourneyFailure("expected the passport read to fail with " + expected + ", but the kiosk shows "
                    + c.ui().visibleScreenId());
        }
        if (c.ui().scene().lookup("#passport-read-problem") == null) {
            throw new JourneyFailure("the failed read says nothing in words");
        }
    }
}

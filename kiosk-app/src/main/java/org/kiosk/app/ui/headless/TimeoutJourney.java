package org.kiosk.app.ui.headless;

import java.time.Duration;
import java.util.List;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.screens.HomeScreen;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;
import org.kiosk.app.ui.screens.TakeCardScreen;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;

/**
 * A fictional card holder's details on screen, then nobody touches the kiosk: the warning counts down (time runs
 * fast on the journey's clock), the visit expires, and no personal text may remain anywhere in the scene graph;
 * after "take your card" the kiosk is home.
 */
public final class TimeoutJourney implements Journey {

    private static final Duration STEP = Duration.ofSeconds(1);

    @Override
    public String name() {
        return "timeout";
    }

    @Override
    public String description() {
        return "personal data on screen, inactivity timeout, everything wiped, back home";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.ui().reset();
        KioskSession session = c.ui().session();
        FoundationTour.putSampleHolder(session);
        String masked = session.documentField(DocumentField.DOCUMENT_NUMBER)
                .map(PersonalValue::masked).orElseThrow();
        List<String> personal = List.of(FoundationTour.SAMPLE_NAME, FoundationTour.SAMPLE_NUMBER, masked,
                FoundationTour.SAMPLE_BIRTH_DATE);
        c.ui().show(new IdentitySummaryScreen());
        c.expectScreen(IdentitySummaryScreen.ID);
        if (SceneText.occurrences(c.ui().scene(), personal).isEmpty()) {
            throw new JourneyFailure("the identity summary does not show the card holder's details");
        }
        c.screenshot("identity-summary");

        runFor(c, c.ui().inactivityIdle());
        c.expectScreen(TimeoutWarning.ID);
        c.screenshot("timeout-warning");
        runFor(c, c.ui().warningCountdown());
        c.expectScreen(TakeCardScreen.ID);
        c.screenshot("take-card");

        List<String> left = SceneText.occurrences(c.ui().scene(), personal);
        if (!left.isEmpty()) {
            throw new JourneyFailure("personal text remains in the scene graph after the timeout: " + left);
        }
        if (!session.isWiped() || session.hasPersonalData()) {
            throw new JourneyFailure("the session was not wiped: " + session);
        }
        runFor(c, Duration.ofSeconds(60));
        c.expectScreen(HomeScreen.ID);
        c.screenshot("home");
        c.out().println("timed out: personal data wiped from memory and scene graph; back home");
    }

    /** Lets {@code time} pass on the journey's clock, a second at a time, as the kiosk's timer would. */
    private static void runFor(JourneyContext c, Duration time) {
        for (Duration passed = Duration.ZERO; passed.compareTo(time) < 0; passed = passed.plus(STEP)) {
            c.clock().advance(STEP);
            c.ui().tick();
        }
    }
}

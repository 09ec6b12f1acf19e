package org.kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.screens.HomeScreen;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;
import org.kiosk.app.ui.screens.TakeCardScreen;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.InactivityMonitor;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inactivity warning on a fictional card holder's details: ten touches on "more time" keep the visit and its
 * data; after the last extension the countdown ends it, and no personal text is left in the scene graph.
 */
class InactivityTest extends FxRobot {

    ScreensFixture kiosk;
    KioskSession session;
    List<String> personal;

    @BeforeEach
    void holderOnScreen() throws Exception {
        kiosk = new ScreensFixture();
        interact(() -> {
            session = kiosk.ui.session();
            FoundationTour.putSampleHolder(session);
            kiosk.ui.show(new IdentitySummaryScreen());
        });
        String masked = session.documentField(DocumentField.DOCUMENT_NUMBER).map(PersonalValue::masked).orElseThrow();
        personal = List.of(FoundationTour.SAMPLE_NAME, FoundationTour.SAMPLE_NUMBER, masked, FoundationTour.SAMPLE_BIRTH_DATE);
        assertThat(SceneText.occurrences(kiosk.ui.scene(), personal)).isNotEmpty();
    }

    @Test
    void tenExtensionsKeepTheVisitThenTheTimeoutWipesEverything() {
        for (int i = 1; i <= 10; i++) {
            pass(kiosk.ui.inactivityIdle());
            assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
            pass(Duration.ofSeconds(19));
            assertThat(lookup("#timeout-countdown").queryLabeled().getText()).contains("11");
            clickOn("#timeout-extend");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(kiosk.ui.visibleScreenId()).isEqualTo(IdentitySummaryScreen.ID);
            assertThat(kiosk.ui.inactivity().extensionsUsed()).isEqualTo(i);
            assertThat(session.isWiped()).isFalse();
            assertThat(SceneText.occurrences(kiosk.ui.scene(), personal)).isNotEmpty();
        }
        pass(kiosk.ui.inactivityIdle());
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
        assertThat(lookup("#timeout-extend").tryQuery()).isEmpty();

        pass(kiosk.ui.warningCountdown());
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TakeCardScreen.ID);
        assertThat(kiosk.ui.inactivity().phase()).isEqualTo(InactivityMonitor.Phase.IDLE);
        assertThat(SceneText.occurrences(kiosk.ui.scene(), personal)).isEmpty();
        assertThat(session.isWiped()).isTrue();
        assertThat(session.hasPersonalData()).isFalse();

        pass(Duration.ofSeconds(15));
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(HomeScreen.ID);
        assertThat(kiosk.ui.inVisit()).isFalse();
        assertThat(SceneText.occurrences(kiosk.ui.scene(), personal)).isEmpty();
    }

    @Test
    void touchingTheScreenRestartsTheIdleTimeWithoutUsingAnExtension() {
        pass(kiosk.ui.inactivityIdle().minusSeconds(5));
        clickOn("#identity-name");
        pass(Duration.ofSeconds(10));
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(IdentitySummaryScreen.ID);
        pass(kiosk.ui.inactivityIdle());
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
        assertThat(kiosk.ui.inactivity().extensionsUsed()).isZero();
    }

    @Test
    void endingTheVisitFromTheWarningWipesAtOnce() {
        pass(kiosk.ui.inactivityIdle());
        clickOn("#timeout-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TakeCardScreen.ID);
        assertThat(session.isWiped()).isTrue();
        assertThat(SceneText.occurrences(kiosk.ui.scene(), personal)).isEmpty();
        clickOn("#take-card-done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(HomeScreen.ID);
    }

    /** Lets time pass on the kiosk's clock a second at a time, as its timer ticks. */
    private void pass(Duration time) {
        interact(() -> {
            for (long s = 0; s < time.toSeconds(); s++) {
                kiosk.clock.advance(Duration.ofSeconds(1));
                kiosk.ui.tick();
            }
        });
    }
}

package org.kiosk.app.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.calendar.CentreSamples;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.RecordingSpeech;
import org.kiosk.app.ui.ScreensFixture;
import org.kiosk.app.ui.UiServices;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.TourStop;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CallStaffScreen;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.kiosk.app.ui.service.LocalQueueTickets;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.calendar.WorkingCalendars;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Reading the screen aloud: what is said (the screen's texts in order, in its language, never a personal node or a
 * field's content), and when speech stops (stop, a new screen, another language, the end of the visit).
 */
class ReadAloudTest extends FxRobot {

    /** Personal values of the tour's fictional citizen that must never be spoken. */
    private static final List<String> PERSONAL = List.of(FoundationTour.SAMPLE_NAME, FoundationTour.SAMPLE_NUMBER,
            FoundationTour.SAMPLE_BIRTH_DATE, "4405**********0014", "13800138000", "6222020200112233");

    private ScreensFixture kiosk;
    private RecordingSpeech speech;

    @BeforeEach
    void start() throws Exception {
        kiosk = new ScreensFixture();
        speech = kiosk.speech;
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void readsHeadingBodyAndButtonsInOrderAndNeitherPersonalNodesNorTypedText() {
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.ENGLISH);
            kiosk.ui.show(new SampleScreen());
        });
        press(ReadAloud.READ_ID);
        String said = speech.last().text();
        assertThat(said).isEqualTo("Apply for a permit. Check your details. Your name. Type here. Next.");
        assertThat(said).doesNotContain("Zhang").doesNotContain("Sanfeng").doesNotContain("0014").doesNotContain("typed");
    }

    @Test
    void theIdentitySummaryIsReadWithItsLabelsButWithoutTheHoldersData() {
        interact(() -> {
            FoundationTour.putSampleHolder(kiosk.ui.session());
            kiosk.ui.show(new IdentitySummaryScreen());
        });
        press(ReadAloud.READ_ID);
        RecordingSpeech.Spoken spoken = speech.last();
        assertThat(spoken.language()).isEqualTo(UiLanguage.SIMPLIFIED_CHINESE);
        assertThat(spoken.slow()).isFalse();
        String said = spoken.text();
        UiLanguage zh = UiLanguage.SIMPLIFIED_CHINESE;
        String title = kiosk.texts.get(zh, "identity.title");
        String name = kiosk.texts.get(zh, "identity.name");
        String end = kiosk.texts.get(zh, "identity.end");
        assertThat(said).contains(title, name, end);
        assertThat(said.indexOf(title)).isLessThan(said.indexOf(name));
        assertThat(said.indexOf(name)).isLessThan(said.indexOf(end));
        assertThat(PERSONAL).noneMatch(said::contains);
    }

    @Test
    void theScreenIsReadInItsLanguageAndSlowerInElderMode() {
        interact(() -> {
            kiosk.ui.show(new CallStaffScreen());
            kiosk.ui.setLanguage(UiLanguage.TRADITIONAL_CHINESE);
            kiosk.ui.setElder(true);
        });
        press(ReadAloud.READ_ID);
        assertThat(speech.last().language()).isEqualTo(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(speech.last().slow()).isTrue();
        assertThat(speech.last().text()).startsWith(kiosk.texts.get(UiLanguage.TRADITIONAL_CHINESE, "call-staff.title"));
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.ENGLISH);
            kiosk.ui.setElder(false);
        });
        press(ReadAloud.READ_ID);
        assertThat(speech.last().language()).isEqualTo(UiLanguage.ENGLISH);
        assertThat(speech.last().slow()).isFalse();
        assertThat(speech.last().text()).startsWith(kiosk.texts.get(UiLanguage.ENGLISH, "call-staff.title"))
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void noScreenOfTheTourSpeaksTheCitizensData() {
        List<TourStop> stops = FoundationTour.all(kiosk.ui.services().catalogue());
        List<String> said = new ArrayList<>();
        interact(() -> {
            // each stop in one language, the languages taking turns: the citizen's data is the same in all three
            for (int i = 0; i < stops.size(); i++) {
                UiLanguage language = UiLanguage.values()[i % UiLanguage.values().length];
                kiosk.ui.reset();
                kiosk.ui.setLanguage(language);
                stops.get(i).open().open(kiosk.ui, kiosk.clock);
                // the tour's own speech stops leave the control saying "stop" or "read again"
                kiosk.ui.readAloud().stop();
                Node read = kiosk.ui.scene().lookup("#" + ReadAloud.READ_ID);
                ((Button) (read != null ? read : kiosk.ui.scene().lookup("#" + ReadAloud.REPEAT_ID))).fire();
                said.add(speech.last().text());
            }
        });
        assertThat(said).hasSize(stops.size());
        for (int i = 0; i < stops.size(); i++) {
            assertThat(said.get(i)).as(stops.get(i).name()).isNotBlank();
            assertThat(PERSONAL).as(stops.get(i).name()).noneMatch(said.get(i)::contains);
        }
    }

    @Test
    void theControlStopsAndOffersToReadAgain() {
        interact(() -> kiosk.ui.show(new CallStaffScreen()));
        press(ReadAloud.READ_ID);
        assertThat(speech.speaking()).isTrue();
        assertThat(kiosk.ui.readAloud().speaking()).isTrue();
        assertThat(lookup("#" + ReadAloud.STOP_ID).tryQuery()).isPresent();
        press(ReadAloud.STOP_ID);
        assertThat(speech.speaking()).isFalse();
        assertThat(lookup("#" + ReadAloud.REPEAT_ID).tryQuery()).isPresent();
        press(ReadAloud.REPEAT_ID);
        assertThat(speech.spoken).hasSize(2);
        assertThat(speech.spoken.get(1)).isEqualTo(speech.spoken.get(0));
        // the end of the utterance turns the control back into "read again"
        interact(speech::finish);
        assertThat(kiosk.ui.readAloud().speaking()).isFalse();
        assertThat(lookup("#" + ReadAloud.REPEAT_ID).tryQuery()).isPresent();
    }

    @Test
    void anotherScreenOrLanguageStopsTheSpeech() {
        interact(() -> kiosk.ui.show(new CallStaffScreen()));
        press(ReadAloud.READ_ID);
        interact(() -> kiosk.ui.home());
        assertThat(speech.speaking()).isFalse();
        assertThat(lookup("#" + ReadAloud.READ_ID).tryQuery()).isPresent();
        press(ReadAloud.READ_ID);
        interact(() -> kiosk.ui.setLanguage(UiLanguage.ENGLISH));
        assertThat(speech.speaking()).isFalse();
        assertThat(kiosk.ui.readAloud().speaking()).isFalse();
        assertThat(speech.spoken).hasSize(2);
    }

    @Test
    void listeningToTheScreenKeepsTheVisitFromTimingOut() {
        interact(() -> kiosk.ui.show(new CallStaffScreen()));
        press(ReadAloud.READ_ID);
        interact(() -> {
            kiosk.clock.advance(kiosk.ui.inactivityIdle().multipliedBy(2));
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(CallStaffScreen.ID);
        interact(() -> {
            speech.finish();
            kiosk.clock.advance(kiosk.ui.inactivityIdle());
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
    }

    @Test
    void aReadingThatNeverEndsHoldsOffTheTimeoutOnlySoLong() {
        interact(() -> kiosk.ui.show(new CallStaffScreen()));
        press(ReadAloud.READ_ID);
        interact(() -> {
            kiosk.clock.advance(ReadAloud.LONGEST_LISTENING.minusSeconds(1));
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(CallStaffScreen.ID);
        interact(() -> {
            kiosk.clock.advance(kiosk.ui.inactivityIdle().plusSeconds(1));
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
        interact(() -> {
            kiosk.clock.advance(kiosk.ui.warningCountdown());
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.inVisit()).isFalse();
        assertThat(speech.speaking()).isFalse();
    }

    @Test
    void theInactivityWarningIsReadToACitizenWhoAskedForSpeechAndDoesNotHoldOffTheTimeout() {
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.ENGLISH);
            kiosk.ui.show(new CallStaffScreen());
        });
        press(ReadAloud.READ_ID);
        interact(speech::finish);
        interact(() -> {
            kiosk.clock.advance(kiosk.ui.inactivityIdle());
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
        assertThat(speech.spoken).hasSize(2);
        assertThat(speech.last().language()).isEqualTo(UiLanguage.ENGLISH);
        assertThat(speech.last().text()).startsWith(kiosk.texts.get(UiLanguage.ENGLISH, "timeout.title"))
                .contains(kiosk.texts.get(UiLanguage.ENGLISH, "timeout.extend"));
        interact(() -> ((Button) kiosk.ui.scene().lookup("#timeout-language-" + UiLanguage.TRADITIONAL_CHINESE.tag())).fire());
        assertThat(speech.spoken).hasSize(3);
        assertThat(speech.last().language()).isEqualTo(UiLanguage.TRADITIONAL_CHINESE);
        assertThat(speech.last().text()).startsWith(kiosk.texts.get(UiLanguage.TRADITIONAL_CHINESE, "timeout.title"));
        interact(() -> {
            kiosk.clock.advance(kiosk.ui.warningCountdown());
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.inVisit()).as("the warning being read does not count as the citizen using the kiosk").isFalse();
        assertThat(speech.speaking()).isFalse();
    }

    @Test
    void aCitizenWhoDidNotAskForSpeechIsNotSpokenTo() {
        interact(() -> kiosk.ui.show(new CallStaffScreen()));
        press(ReadAloud.READ_ID);
        interact(() -> kiosk.ui.endVisit());
        int said = speech.spoken.size();
        interact(() -> {
            kiosk.ui.resetForNextCitizen();
            kiosk.ui.show(new CallStaffScreen());
            kiosk.clock.advance(kiosk.ui.inactivityIdle());
            kiosk.ui.tick();
        });
        assertThat(kiosk.ui.visibleScreenId()).isEqualTo(TimeoutWarning.ID);
        assertThat(speech.spoken).as("the next citizen did not ask for speech").hasSize(said);
    }

    @Test
    void theEndOfTheVisitStopsTheSpeech() {
        interact(() -> {
            FoundationTour.putSampleHolder(kiosk.ui.session());
            kiosk.ui.show(new IdentitySummaryScreen());
        });
        press(ReadAloud.READ_ID);
        int stops = speech.stops();
        interact(() -> kiosk.ui.endVisit());
        assertThat(speech.speaking()).isFalse();
        assertThat(speech.stops()).isGreaterThan(stops);
        assertThat(kiosk.ui.inVisit()).isFalse();
    }

    @Test
    void aKioskWithoutAudioShowsNoSpeechControl() throws Exception {
        LocalQueueTickets tickets = new LocalQueueTickets(java.time.Clock.systemUTC());
        UiServices silent = new UiServices(BundledServiceCatalogue.load(), tickets, where -> { },
                new MatterAdvice(CentreSamples.tianhe(), WorkingCalendars::bundled, java.time.Clock.systemUTC()),
                AppointmentDesk.unavailable(tickets, ZoneId.of("Asia/Shanghai")));
        KioskUi[] built = new KioskUi[1];
        FxToolkit.setupStage((Stage stage) -> {
            built[0] = new KioskUi(silent, Texts.load(), UiProperties.defaults(), new ManualUiClock());
            stage.setScene(built[0].scene());
            stage.show();
        });
        interact(() -> built[0].show(new CallStaffScreen()));
        assertThat(built[0].readAloud().available()).isFalse();
        assertThat(built[0].scene().lookup("#" + ReadAloud.READ_ID)).isNull();
    }

    private void press(String id) {
        interact(() -> ((Button) kiosk.ui.scene().lookup("#" + id)).fire());
    }

    /** A screen with a heading, a personal block (with a nested label), a typed field, a hint and a button. */
    private static final class SampleScreen implements Screen {

        @Override
        public String id() {
            return "sample";
        }

        @Override
        public Node build(ScreenContext c) {
            VBox box = c.column();
            Label name = c.body("Zhang Sanfeng");
            HBox personal = new HBox(name, new Label("4405**********0014"));
            personal.getStyleClass().add(IdentitySummaryScreen.PERSONAL);
            TextField typed = new TextField("typed answer");
            Label hint = c.body("Type here");
            box.getChildren().addAll(c.heading("Apply for a permit"), c.body("⚠ Check your details."), personal,
                    c.body("Your name"), typed, hint, c.primary("sample-next", "Next", () -> { }));
            return box;
        }
    }
}

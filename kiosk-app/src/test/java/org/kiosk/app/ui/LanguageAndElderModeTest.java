package org.kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.TourStop;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** On every screen a touch on a language switches every text and keeps the citizen where they were; elder mode grows. */
class LanguageAndElderModeTest extends FxRobot {

    ScreensFixture kiosk;

    @BeforeEach
    void start() throws Exception {
        kiosk = new ScreensFixture();
    }

    @Test
    void everyScreenSwitchesLanguageInPlace() {
        for (TourStop stop : FoundationTour.all(kiosk.ui.services().catalogue())) {
            interact(() -> {
                kiosk.ui.reset();
                stop.open().open(kiosk.ui, kiosk.clock);
            });
            String screen = kiosk.ui.visibleScreenId();
            String prefix = screen.equals(TimeoutWarning.ID) ? "#timeout-language-" : "#language-";
            boolean touched = false;
            for (UiLanguage language : new UiLanguage[] {UiLanguage.ENGLISH, UiLanguage.TRADITIONAL_CHINESE,
                    UiLanguage.SIMPLIFIED_CHINESE}) {
                if (kiosk.ui.language() == language) {
                    continue;
                }
                // one switch per screen by a touch through the glass robot, the others by firing the same button
                if (!touched) {
                    clickOn(prefix + language.tag());
                    touched = true;
                } else {
                    interact(() -> lookup(prefix + language.tag()).<ButtonBase>query().fire());
                }
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(kiosk.ui.language()).as(stop.name()).isEqualTo(language);
                assertThat(kiosk.ui.visibleScreenId()).as(stop.name()).isEqualTo(screen);
                List<String> texts = texts(kiosk.ui.scene().getRoot());
                assertThat(texts).as(stop.name()).contains(kiosk.texts.get(language, "chrome.title"));
                for (UiLanguage other : UiLanguage.values()) {
                    if (other != language) {
                        assertThat(texts).as(stop.name() + " in " + language).doesNotContain(kiosk.texts.get(other, "chrome.title"));
                    }
                }
            }
        }
    }

    @Test
    void elderModeMeetsTheElderSizesAndNormalModeTheNormalTargets() {
        interact(() -> kiosk.ui.home());
        assertSizes(44, 0);
        clickOn("#elder-mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.ui.elder()).isTrue();
        assertSizes(60, 18);
        double largest = texts(kiosk.ui.scene().getRoot(), Text.class).stream().mapToDouble(t -> t.getFont().getSize()).max().orElse(0);
        assertThat(largest).isGreaterThanOrEqualTo(30);
        clickOn("#category-household");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.ui.elder()).isTrue();
        assertSizes(60, 18);
        clickOn("#elder-mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.ui.elder()).isFalse();
        assertThat(kiosk.ui.currentScreen().id()).isEqualTo("category");
    }

    private void assertSizes(double target, double text) {
        for (ButtonBase b : texts(kiosk.ui.scene().getRoot(), ButtonBase.class)) {
            assertThat(b.getWidth()).as(b.getId()).isGreaterThanOrEqualTo(target);
            assertThat(b.getHeight()).as(b.getId()).isGreaterThanOrEqualTo(target);
        }
        for (Text t : texts(kiosk.ui.scene().getRoot(), Text.class)) {
            assertThat(t.getFont().getSize()).as(t.getText()).isGreaterThanOrEqualTo(text);
        }
    }

    private static List<String> texts(Parent root) {
        return texts(root, Text.class).stream().map(Text::getText).toList();
    }

    private static <T extends Node> List<T> texts(Parent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node) && node.isVisible()) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, type, found));
        }
    }
}

package org.kiosk.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.ui.ScreensFixture;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.MatterScreen;
import org.testfx.api.FxRobot;

/**
 * Every screen, in every language and mode, passes the audit, and every bundle has every key; the same screens on a
 * screen too small for them do not.
 */
class AccessibilityAuditTest extends FxRobot {

    /** The usual landscape kiosk screen and the upright one of floor-standing kiosks. */
    @ParameterizedTest
    @CsvSource({"1920, 1080", "1080, 1920"})
    void everyScreenInEveryLanguageAndModePasses(int width, int height) throws Exception {
        ScreensFixture kiosk = new ScreensFixture(new UiProperties(true, Duration.ofSeconds(60), Duration.ofSeconds(30), 10,
                Duration.ofSeconds(15), width, height));
        AccessibilityAudit audit = new AccessibilityAudit(kiosk.texts);
        AtomicReference<List<AuditReport>> reports = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        interact(() -> {
            try {
                reports.set(ScreenTour.run(kiosk.ui, kiosk.clock, FoundationTour.all(kiosk.ui.services().catalogue()), audit,
                        (stop, language, elder, report) -> { }));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertThat(failure.get()).isNull();
        int stops = FoundationTour.all(kiosk.ui.services().catalogue()).size();
        assertThat(reports.get()).hasSize(stops * 3 * 2);
        String failed = reports.get().stream().filter(r -> !r.passed()).map(AuditReport::toString)
                .collect(Collectors.joining("\n"));
        assertThat(failed).as("audit findings").isEmpty();
        assertThat(audit.bundleCoverage()).isEmpty();
        assertThat(kiosk.texts.missingLookups()).isEmpty();
    }

    @Test
    void theSameScreensOnAScreenTooSmallForThemFailWithClippedLabels() throws Exception {
        ScreensFixture kiosk = new ScreensFixture(new UiProperties(true, Duration.ofSeconds(60), Duration.ofSeconds(30), 10,
                Duration.ofSeconds(15), 800, 600));
        AccessibilityAudit audit = new AccessibilityAudit(kiosk.texts);
        Matter longest = kiosk.ui.services().catalogue().matter("hk-macao-endorsement").orElseThrow();
        AtomicReference<AuditReport> report = new AtomicReference<>();
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.ENGLISH);
            kiosk.ui.setElder(true);
            kiosk.ui.show(new MatterScreen(longest));
            report.set(audit.audit("matter", UiLanguage.ENGLISH, true, kiosk.ui.activeLayer()));
        });
        assertThat(report.get().findings()).extracting(AuditFinding::rule).contains(AuditFinding.Rule.CLIPPED);
        assertThat(report.get().toString()).startsWith("matter [en, elder]:").contains("CLIPPED");
    }
}

package org.kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.RefreshedCatalogue;
import org.kiosk.app.catalogue.SimulatorCatalogue;
import org.kiosk.app.catalogue.StoredCatalogue;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.audit.AuditReport;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.audit.ScreenTour;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.CategoryScreen;
import org.kiosk.app.ui.screens.MatterScreen;
import org.kiosk.platform.sim.Catalogue;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The platform's catalogue, fetched from the simulator over loopback, on the home, category and matter screens: shown
 * once fetched (at once on the idle home screen), a change picked up by the next refresh while a citizen already on a
 * matter keeps theirs, and every screen of it passing the accessibility audit in every language and mode.
 */
class PlatformCatalogueScreensTest extends FxRobot {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static SimulatorCatalogue platform;
    private StoredCatalogue stored;
    private RefreshedCatalogue catalogue;
    private ScreensFixture kiosk;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = new SimulatorCatalogue(shared);
    }

    @AfterAll
    static void stopThePlatform() {
        platform.close();
    }

    @BeforeEach
    void kiosk() throws Exception {
        stored = new StoredCatalogue(KioskDatabase.file(dir));
        catalogue = new RefreshedCatalogue(platform.client::matters, stored, BundledServiceCatalogue.load(), Texts.load(), Clock.systemUTC());
        kiosk = new ScreensFixture(new UiProperties(true, Duration.ofSeconds(60), Duration.ofSeconds(30), 10, Duration.ofSeconds(15),
                1920, 1080), catalogue);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        stored.close();
        platform.serve(Catalogue.seeded().matters());
    }

    private Button button(String id) {
        return (Button) kiosk.ui.scene().lookup("#" + id);
    }

    @Test
    void theFetchedCatalogueIsShownOnTheHomeCategoryAndMatterScreens() {
        interact(() -> kiosk.ui.home());
        assertThat(button("category-housing-family")).as("the bundled catalogue before the first refresh").isNotNull();

        assertThat(catalogue.refresh()).isEmpty();
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.SIMPLIFIED_CHINESE);
            kiosk.ui.home();
        });

        assertThat(button("category-housing-family")).isNull();
        Button fund = button("category-housing");
        assertThat(fund.getText()).isEqualTo("住房公积金");
        interact(fund::fire);
        assertThat(kiosk.ui.currentScreen()).isInstanceOf(CategoryScreen.class);
        Button matter = button("matter-" + SimulatorCatalogue.FUND);
        assertThat(matter.getText()).isEqualTo("住房公积金提取（租房）");
        interact(matter::fire);
        assertThat(kiosk.ui.currentScreen()).isInstanceOf(MatterScreen.class);
        for (String shown : List.of("以下证件之一：居民身份证、港澳台居民居住证", "自助终端全天受理", "可到任一政务服务中心综合窗口办理")) {
            assertThat(SceneText.occurrences(kiosk.ui.scene(), List.of(shown))).as(shown).isNotEmpty();
        }
    }

    @Test
    void theKioskAtRestOnHomeShowsAChangedCatalogueAtOnce() throws Exception {
        interact(() -> kiosk.ui.home());
        assertThat(kiosk.ui.inVisit()).isFalse();
        catalogue.onChange(() -> Platform.runLater(kiosk.ui::catalogueChanged));

        assertThat(catalogue.refresh()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(button("category-housing-family")).isNull();
        assertThat(button("category-housing")).isNotNull();
    }

    @Test
    void aChangeIsPickedUpByTheNextRefreshWhileTheMatterOnScreenStaysAsTheCitizenChoseIt() throws Exception {
        assertThat(catalogue.refresh()).isEmpty();
        Matter chosen = catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow();
        interact(() -> {
            kiosk.ui.setLanguage(UiLanguage.ENGLISH);
            kiosk.ui.show(new MatterScreen(chosen));
        });

        platform.serveChanged(SimulatorCatalogue.FUND,
                m -> SimulatorCatalogue.withoutField(SimulatorCatalogue.renamed(m, "Rent withdrawal (new rules)"), "monthlyRent"));
        assertThat(catalogue.refresh()).isEmpty();
        interact(() -> kiosk.ui.setLanguage(UiLanguage.ENGLISH));

        assertThat(((MatterScreen) kiosk.ui.currentScreen()).matter()).isSameAs(chosen);
        assertThat(SceneText.occurrences(kiosk.ui.scene(), List.of("Housing provident fund withdrawal for rent"))).isNotEmpty();
        assertThat(chosen.application().orElseThrow().schema().fields()).extracting(f -> f.name()).contains("monthlyRent");
        interact(() -> {
            kiosk.ui.home();
            button("category-housing").fire();
        });
        assertThat(button("matter-" + SimulatorCatalogue.FUND).getText()).isEqualTo("Rent withdrawal (new rules)");
    }

    @Test
    void everyScreenOfTheFetchedCataloguePassesTheAuditInEveryLanguageAndMode() {
        assertThat(catalogue.refresh()).isEmpty();
        AccessibilityAudit audit = new AccessibilityAudit(kiosk.texts);
        AtomicReference<List<AuditReport>> reports = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        interact(() -> {
            try {
                reports.set(ScreenTour.run(kiosk.ui, kiosk.clock, FoundationTour.foundation(catalogue), audit,
                        (stop, language, elder, report) -> { }));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertThat(failure.get()).isNull();
        assertThat(reports.get()).hasSizeGreaterThan(6 * (1 + 5 + 13));
        assertThat(reports.get().stream().filter(r -> !r.passed()).map(AuditReport::toString).collect(Collectors.joining("\n")))
                .as("audit findings").isEmpty();
        assertThat(kiosk.texts.missingLookups()).isEmpty();
    }
}

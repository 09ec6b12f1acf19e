package org.kiosk.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.audit.AuditFinding.Rule;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Each rule, broken on purpose once, is caught and named; the same screen done right passes. */
class AuditCatchesBrokenRulesTest extends FxRobot {

    static final Texts TEXTS = Texts.of(Map.of(
            UiLanguage.SIMPLIFIED_CHINESE, Map.of("ok.title", "标题", "only.here", "只有简体"),
            UiLanguage.TRADITIONAL_CHINESE, Map.of("ok.title", "標題"),
            UiLanguage.ENGLISH, Map.of("ok.title", "Title")));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aWellMadeScreenPasses() {
        Button good = new Button("确定");
        good.setMinSize(64, 64);
        good.setFont(Font.font(20));
        Label title = new Label("标题");
        title.setFont(Font.font(32));
        assertThat(inspect(new VBox(title, good), AccessibilityAudit.Limits.ELDER)).isEmpty();
    }

    @Test
    void aTinyButtonIsCaught() {
        Button tiny = new Button("x");
        tiny.setId("tiny");
        tiny.setMinSize(20, 20);
        tiny.setPrefSize(20, 20);
        tiny.setMaxSize(20, 20);
        tiny.setStyle("-fx-padding: 0; -fx-font-size: 10px");
        assertThat(inspect(new VBox(tiny), AccessibilityAudit.Limits.NORMAL))
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.TARGET_SIZE);
                    assertThat(f.node()).contains("#tiny");
                    assertThat(f.detail()).contains("20 x 20 dp").contains("44 x 44");
                });
    }

    @Test
    void lowContrastIsCaughtFromTheEffectiveColours() {
        Label pale = new Label("浅灰色文字");
        pale.setId("pale");
        pale.setTextFill(Color.web("#aaaaaa"));
        VBox box = new VBox(pale);
        box.setStyle("-fx-background-color: white");
        assertThat(inspect(box, AccessibilityAudit.Limits.NORMAL)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CONTRAST);
            assertThat(f.node()).contains("pale");
            assertThat(f.detail()).contains("#aaaaaa on #ffffff").contains("4.5:1");
        });
        Label translucent = new Label("半透明背景上的文字");
        translucent.setTextFill(Color.WHITE);
        VBox layered = new VBox(translucent);
        layered.setStyle("-fx-background-color: white, rgba(0,0,0,0.2)");
        assertThat(inspect(layered, AccessibilityAudit.Limits.NORMAL)).extracting(AuditFinding::rule).contains(Rule.CONTRAST);
    }

    @Test
    void aMissingKeyAKeyShownAsTextAndABundleGapAreCaught() {
        Label missing = new Label(TEXTS.get(UiLanguage.ENGLISH, "no.such.key"));
        Label key = new Label("ok.title");
        List<AuditFinding> findings = inspect(new VBox(missing, key), AccessibilityAudit.Limits.NORMAL);
        assertThat(findings).filteredOn(f -> f.rule() == Rule.UNTRANSLATED).hasSize(2);
        assertThat(TEXTS.missingLookups()).contains("en:no.such.key");
        assertThat(new AccessibilityAudit(TEXTS).bundleCoverage()).extracting(AuditFinding::toString)
                .containsExactlyInAnyOrder("UNTRANSLATED bundle messages_zh_HK: no text for key only.here",
                        "UNTRANSLATED bundle messages_en: no text for key only.here");
    }

    @Test
    void aLongLabelInANarrowBoxIsCaught() {
        Label label = new Label("Renewing a Hong Kong and Macao travel endorsement");
        label.setId("narrow");
        label.setMaxWidth(120);
        VBox box = new VBox(label);
        box.setMaxWidth(120);
        assertThat(inspect(box, AccessibilityAudit.Limits.NORMAL)).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CLIPPED);
            assertThat(f.node()).contains("#narrow");
            assertThat(f.detail()).contains("...\" in 120 x");
        });
    }

    @Test
    void textBeyondTheScreenIsCaught() {
        Label label = new Label("屏幕外");
        label.relocate(900, 10);
        assertThat(inspect(new Pane(label), AccessibilityAudit.Limits.NORMAL))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.CLIPPED));
    }

    @Test
    void elderModeCatchesSmallTextAndTightLines() {
        Label small = new Label("小字");
        small.setFont(Font.font(14));
        Label tight = new Label("行距太小的多行文字");
        tight.setWrapText(true);
        tight.setFont(Font.font(20));
        tight.setLineSpacing(-8);
        List<AuditFinding> findings = inspect(new VBox(small, tight), AccessibilityAudit.Limits.ELDER);
        assertThat(findings).extracting(AuditFinding::rule).contains(Rule.FONT_SIZE, Rule.LINE_SPACING);
        assertThat(findings).anySatisfy(f -> assertThat(f.detail()).contains("largest text").contains("30 dp"));
    }

    private List<AuditFinding> inspect(Parent content, AccessibilityAudit.Limits limits) {
        AtomicReference<List<AuditFinding>> result = new AtomicReference<>();
        interact(() -> {
            Scene scene = new Scene(content, 800, 600, Color.WHITE);
            result.set(new AccessibilityAudit(TEXTS).inspect(scene.getRoot(), limits));
        });
        return result.get();
    }
}

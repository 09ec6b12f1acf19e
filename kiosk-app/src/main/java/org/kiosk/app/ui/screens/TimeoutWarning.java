package org.kiosk.app.ui.screens;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.session.InactivityMonitor;

/**
 * The inactivity warning, modal above the current screen: the countdown in words, one touch for more time while
 * extensions are left, ending the visit at once, and the other languages (the chrome's switch is beneath it).
 */
public final class TimeoutWarning {

    public static final String ID = "timeout-warning";

    private final ScreenContext context;
    private final StackPane layer;
    private final Label countdown;
    private Duration remaining;

    public TimeoutWarning(ScreenContext c, Duration remaining, int extensionsLeft, Runnable extend,
            Consumer<UiLanguage> switchLanguage) {
        this.context = c;
        this.remaining = remaining;
        countdown = c.body("");
        countdown.setId("timeout-countdown");
        update(remaining);
        VBox card = new VBox();
        card.getStyleClass().add("dialog");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        card.getChildren().addAll(c.heading(c.text("timeout.title")), countdown);
        if (extensionsLeft > 0) {
            card.getChildren().addAll(c.primary("timeout-extend", c.text("timeout.extend"), extend),
                    c.body(c.text("timeout.extensions-left", extensionsLeft)));
        } else {
            card.getChildren().add(c.body(c.text("timeout.no-more")));
        }
        card.getChildren().add(c.button("timeout-end", c.text("timeout.end-now"), c.navigator()::endVisit));
        HBox languages = new HBox();
        languages.getStyleClass().add("languages");
        for (UiLanguage language : UiLanguage.values()) {
            if (language != c.language()) {
                languages.getChildren().add(c.button("timeout-language-" + language.tag(),
                        c.text("language." + language.tag()), () -> switchLanguage.accept(language)));
            }
        }
        card.getChildren().add(languages);
        layer = new StackPane(card);
        layer.getStyleClass().add("modal-layer");
        layer.setId(ID);
    }

    public Parent node() {
        return layer;
    }

    public Duration remaining() {
        return remaining;
    }

    public void update(Duration remaining) {
        this.remaining = remaining;
        countdown.setText(context.text("timeout.countdown", InactivityMonitor.seconds(remaining)));
    }
}

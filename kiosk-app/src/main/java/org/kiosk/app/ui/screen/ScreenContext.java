package org.kiosk.app.ui.screen;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.UiServices;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.session.KioskSession;

/**
 * What a screen builds with: the language and mode it is shown in, its texts, the services, the navigator and the
 * visit's session; plus the few node kinds every screen uses, so that their styles (and so the audited sizes and
 * colours) stay the same everywhere.
 */
public final class ScreenContext {

    private final UiLanguage language;
    private final boolean elder;
    private final Texts texts;
    private final UiServices services;
    private final Navigator navigator;
    private final SessionAccess sessions;

    /** Gives the visit's session, starting the visit if none is in progress. */
    @FunctionalInterface
    public interface SessionAccess {
        KioskSession session();
    }

    public ScreenContext(UiLanguage language, boolean elder, Texts texts, UiServices services, Navigator navigator,
            SessionAccess sessions) {
        this.language = language;
        this.elder = elder;
        this.texts = texts;
        this.services = services;
        this.navigator = navigator;
        this.sessions = sessions;
    }

    public UiLanguage language() {
        return language;
    }

    public boolean elder() {
        return elder;
    }

    public UiServices services() {
        return services;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The visit's session (personal data goes here and nowhere else). */
    public KioskSession session() {
        return sessions.session();
    }

    /** The text of {@code key} in the current language. */
    public String text(String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** A screen's title. */
    public Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        label.setWrapText(true);
        return label;
    }

    /** Body text, wrapping. */
    public Label body(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("body");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A prominent button; {@code id} is its stable node id (tests and journeys press it by {@code #id}). */
    public Button primary(String id, String text, Runnable action) {
        Button button = button(id, text, action);
        button.getStyleClass().add("primary");
        return button;
    }

    /** An ordinary button. */
    public Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setWrapText(true);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A key of an on-screen keyboard: a button with the keyboard's style. */
    public Button keyboardKey(String id, String text, Runnable action) {
        Button button = button(id, text, action);
        button.getStyleClass().add("key");
        return button;
    }

    /** The usual column a screen's content sits in. */
    public VBox column() {
        VBox box = new VBox();
        box.getStyleClass().add("content");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}

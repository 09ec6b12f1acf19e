package org.kiosk.app.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.ops.SessionOutcome;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screen.Navigator;
import org.kiosk.app.ui.screen.NodeWiper;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CallStaffScreen;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.screens.HomeScreen;
import org.kiosk.app.ui.screens.TakeCardScreen;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.kiosk.app.ui.session.InactivityMonitor;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.UiClock;
import org.kiosk.app.ui.speech.ReadAloud;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen's touchscreen: one scene whose content is the current {@link Screen} inside the chrome (language,
 * elder mode, home, back, counter, call staff), with the inactivity warning above it when it shows. A visit starts
 * with the first step away from an untouched home screen and ends on timeout or {@link #endVisit()}: then the session
 * and every node that showed it are wiped and the citizen is asked to take their card, after which the kiosk is back
 * home in Simplified Chinese. Everything here runs on the FX thread; {@link #tick()} drives the timers.
 */
public final class KioskUi implements Navigator {

    private static final Logger log = LoggerFactory.getLogger(KioskUi.class);

    public static final String STYLESHEET = "/org/kiosk/app/ui/kiosk.css";

    private final UiServices services;
    private final Texts texts;
    private final UiProperties properties;
    private final UiClock clock;
    private final StackPane root = new StackPane();
    private final Scene scene;
    private final Deque<Screen> history = new ArrayDeque<>();
    private final InactivityMonitor monitor;
    private final Screen homeScreen = new HomeScreen();
    private final ReadAloud readAloud;

    private UiLanguage language = UiLanguage.SIMPLIFIED_CHINESE;
    private boolean elder;
    private Screen current;
    private Node frame;
    private KioskSession session;
    private TimeoutWarning warning;
    private long cardRemovalSince = -1;
    private long visitSince;

    public KioskUi(UiServices services, Texts texts, UiProperties properties, UiClock clock) {
        this.services = services;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.readAloud = new ReadAloud(services.speech(), clock);
        this.monitor = new InactivityMonitor(clock, properties.idleBeforeWarning(), properties.warningCountdown(),
                properties.maxExtensions(), new WarningListener());
        root.getStyleClass().add("kiosk");
        scene = new Scene(root, properties.width(), properties.height(), Color.WHITE);
        scene.getStylesheets().add(KioskUi.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> monitor.activity());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> monitor.activity());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> monitor.activity());
        current = homeScreen;
        render();
    }

    public Scene scene() {
        return scene;
    }

    /** What the citizen can act on now: the warning when it shows (it is modal), otherwise the whole screen. */
    public Parent activeLayer() {
        return warning != null ? warning.node() : root;
    }

    public Screen currentScreen() {
        return current;
    }

    /** The id of what the citizen sees: the warning's when it shows, else the screen's. */
    public String visibleScreenId() {
        return warning != null ? TimeoutWarning.ID : current.id();
    }

    public UiLanguage language() {
        return language;
    }

    public boolean elder() {
        return elder;
    }

    public Texts texts() {
        return texts;
    }

    public UiServices services() {
        return services;
    }

    /** How long without a touch before the inactivity warning shows. */
    public Duration inactivityIdle() {
        return properties.idleBeforeWarning();
    }

    /** How long the inactivity warning counts down. */
    public Duration warningCountdown() {
        return properties.warningCountdown();
    }

    /** The chrome's "read aloud" control and its state. */
    public ReadAloud readAloud() {
        return readAloud;
    }

    public InactivityMonitor inactivity() {
        return monitor;
    }

    /** The visit's session, starting a visit if none is in progress. */
    public KioskSession session() {
        startVisit();
        return session;
    }

    /** Whether a visit (and so possibly personal data) is in progress. */
    public boolean inVisit() {
        return session != null;
    }

    /**
     * Shows a changed service catalogue at once when home is on screen between visits (the kiosk at rest); a visit
     * keeps what it shows until it goes home.
     */
    public void catalogueChanged() {
        if (current == homeScreen && !inVisit() && warning == null) {
            render();
        }
    }

    public void setLanguage(UiLanguage language) {
        startVisit();
        this.language = language;
        render();
    }

    public void setElder(boolean elder) {
        startVisit();
        this.elder = elder;
        render();
    }

    @Override
    public void show(Screen screen) {
        if (screen != homeScreen) {
            startVisit();
        }
        if (current != null && current != screen) {
            history.push(current);
        }
        current = screen;
        render();
    }

    @Override
    public void back() {
        current = history.isEmpty() ? homeScreen : history.pop();
        render();
    }

    @Override
    public void home() {
        if (cardRemovalSince >= 0) {
            // the visit is over: the next citizen starts in the default language and mode
            cardRemovalSince = -1;
            language = UiLanguage.SIMPLIFIED_CHINESE;
            elder = false;
        }
        history.clear();
        current = homeScreen;
        render();
    }

    @Override
    public void endVisit() {
        endVisit(null);
    }

    /** Ends the visit, counted with {@code outcome}, or with what the screens marked on the session when null. */
    private void endVisit(SessionOutcome outcome) {
        SessionOutcome ended = session == null ? null : outcome != null ? outcome : session.outcome();
        Duration lasted = Duration.ofNanos(clock.nanos() - visitSince);
        monitor.stop();
        hideWarning();
        KioskSession ending = session;
        session = null;
        history.clear();
        if (frame != null) {
            NodeWiper.wipe(frame);
        }
        if (ending != null) {
            ending.wipe();
        }
        current = new TakeCardScreen();
        cardRemovalSince = clock.nanos();
        render();
        if (ended != null) {
            try {
                services.sessions().sessionEnded(ended, lasted);
            } catch (RuntimeException e) {
                // counting is no reason to keep a citizen's data or screen: that was wiped above
                log.warn("visit not counted: {}", e.getMessage());
            }
        }
    }

    /** Drops the visit without the card-removal screen: home, default language and mode (tours start here). */
    public void reset() {
        monitor.stop();
        hideWarning();
        KioskSession ending = session;
        session = null;
        if (ending != null) {
            ending.wipe();
        }
        resetForNextCitizen();
    }

    /**
     * Reads the clock: the inactivity warning and countdown (held off while the citizen listens to the screen), and the
     * return home after "take your card".
     */
    public void tick() {
        if (readAloud.listening()) {
            // a citizen listening to the screen is still using the kiosk
            monitor.activity();
        }
        monitor.tick();
        if (cardRemovalSince >= 0 && clock.nanos() - cardRemovalSince >= properties.cardRemovalDuration().toNanos()) {
            resetForNextCitizen();
        }
    }

    /** The card-removal screen is done: home, in the default language and mode, for the next citizen. */
    public void resetForNextCitizen() {
        cardRemovalSince = -1;
        language = UiLanguage.SIMPLIFIED_CHINESE;
        elder = false;
        home();
    }

    private void startVisit() {
        if (session == null) {
            session = new KioskSession();
            visitSince = clock.nanos();
            cardRemovalSince = -1;
            monitor.start();
            session.onWipe(readAloud::visitEnded);
        }
    }

    private void render() {
        readAloud.screenChanged();
        ScreenContext context = context();
        Node content = current.build(context);
        Node previous = frame;
        frame = chrome(context, content);
        root.getChildren().setAll(frame);
        if (warning != null) {
            warning = new TimeoutWarning(context, warning.remaining(), monitor.extensionsLeft(), this::extend,
                    this::setLanguage);
            root.getChildren().add(warning.node());
            // shown again in another language: said again in it
            readAloud.announce(warning.node(), language, elder);
        }
        if (previous != null) {
            NodeWiper.wipe(previous);
        }
        root.getStyleClass().setAll("root", "kiosk", language.styleClass());
        if (elder) {
            root.getStyleClass().add("elder");
        }
        root.applyCss();
        root.layout();
    }

    private ScreenContext context() {
        return new ScreenContext(language, elder, texts, services, this, this::session);
    }

    private Node chrome(ScreenContext c, Node content) {
        Label title = new Label(c.text("chrome.title"));
        title.getStyleClass().add("chrome-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        // the switches keep their full size; on a narrow screen the title wraps instead
        HBox switches = new HBox();
        switches.getStyleClass().add("switches");
        switches.setAlignment(Pos.CENTER_RIGHT);
        switches.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(title, switches);
        top.getStyleClass().add("chrome-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup languages = new ToggleGroup();
        for (UiLanguage l : UiLanguage.values()) {
            ToggleButton button = new ToggleButton(c.text("language." + l.tag()));
            button.setId("language-" + l.tag());
            button.setToggleGroup(languages);
            button.setSelected(l == language);
            markSelected(button);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setMnemonicParsing(false);
            button.setOnAction(e -> setLanguage(l));
            switches.getChildren().add(button);
        }
        ToggleButton elderMode = new ToggleButton(c.text("chrome.elder"));
        elderMode.setId("elder-mode");
        elderMode.setSelected(elder);
        markSelected(elderMode);
        elderMode.setMinWidth(Region.USE_PREF_SIZE);
        elderMode.setMnemonicParsing(false);
        elderMode.setOnAction(e -> setElder(!elder));
        switches.getChildren().add(elderMode);

        HBox bottom = new HBox();
        bottom.getStyleClass().add("chrome-bar");
        bottom.setAlignment(Pos.CENTER_LEFT);
        if (current != homeScreen) {
            bottom.getChildren().addAll(
                    chromeButton(c, "chrome-home", "chrome.home", this::home),
                    chromeButton(c, "chrome-back", "chrome.back", this::back));
        }
        if (readAloud.available()) {
            Button read = chromeButton(c, ReadAloud.READ_ID, "chrome.read-aloud", readAloud::press);
            bottom.getChildren().add(read);
            readAloud.showOn(read, c, content);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bottom.getChildren().add(gap);
        if (!(current instanceof CounterScreen)) {
            bottom.getChildren().add(chromeButton(c, "chrome-counter", "chrome.counter",
                    () -> show(new CounterScreen(null))));
        }
        if (!(current instanceof CallStaffScreen)) {
            bottom.getChildren().add(chromeButton(c, "chrome-call-staff", "chrome.call-staff",
                    () -> show(new CallStaffScreen())));
        }

        StackPane body = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(body.widthProperty());
        clip.heightProperty().bind(body.heightProperty());
        body.setClip(clip);
        body.getStyleClass().add("screen");
        body.setId("screen-" + current.id());
        BorderPane pane = new BorderPane(body, top, null, bottom, null);
        pane.getStyleClass().add("frame");
        return pane;
    }

    /** A selected toggle shows a tick as well as its colour (colour is never the only cue). */
    private static void markSelected(ToggleButton button) {
        if (button.isSelected()) {
            Label tick = new Label("✓");
            tick.getStyleClass().add("tick");
            button.setGraphic(tick);
        }
    }

    private Button chromeButton(ScreenContext c, String id, String key, Runnable action) {
        Button button = c.button(id, c.text(key), action);
        button.setWrapText(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add("chrome-button");
        return button;
    }

    private void extend() {
        monitor.extend();
    }

    private void hideWarning() {
        if (warning != null) {
            root.getChildren().remove(warning.node());
            warning = null;
        }
    }

    private final class WarningListener implements InactivityMonitor.Listener {

        @Override
        public void warningStarted(Duration remaining, int extensionsLeft) {
            hideWarning();
            warning = new TimeoutWarning(context(), remaining, extensionsLeft, KioskUi.this::extend,
                    KioskUi.this::setLanguage);
            root.getChildren().add(warning.node());
            root.applyCss();
            root.layout();
            readAloud.announce(warning.node(), language, elder);
        }

        @Override
        public void countdown(Duration remaining) {
            if (warning != null) {
                warning.update(remaining);
            }
        }

        @Override
        public void warningCleared() {
            hideWarning();
        }

        @Override
        public void expired() {
            endVisit(SessionOutcome.ABANDONED);
        }
    }
}

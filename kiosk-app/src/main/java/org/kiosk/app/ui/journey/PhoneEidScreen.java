package org.kiosk.app.ui.journey;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Navigator;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.PhoneIdentification;

/**
 * "Open your government app and show the e-ID code to the scanner": the scanner listens while this screen is shown.
 * A code that is not an e-ID, expired, already used, or that the platform cannot confirm just now is said in words on
 * this screen, with the other ways (another document, the counter) always at hand; an e-ID leads on as a card does.
 */
public final class PhoneEidScreen implements Screen {

    public static final String ID = "phone-eid";
    /** The sketch's QR-like modules: a finder square in a corner and a scatter, to say "a code on a phone" without words. */
    private static final String[] HINT = {"1110101", "1010010", "1110111", "0001000", "1011011", "0100101", "1101110"};

    private final ApplicationFlow flow;
    private String problem;
    private PhoneIdentification.Listening listening;

    public PhoneEidScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Shows the message for {@code outcome} on this screen (the outcomes other than a successful identification). */
    void problem(PhoneIdentification.Outcome outcome) {
        this.problem = Parts.key(outcome);
    }

    /** The message shown, for the tour's stop of a document past its validity. */
    void documentExpired() {
        this.problem = "document-expired";
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("phone-eid.title")), c.body(c.text("phone-eid.intro")), hint());
        if (problem != null) {
            box.getChildren().add(Parts.error(c, "phone-eid-problem", c.text("phone-eid." + problem)));
        }
        box.getChildren().addAll(
                c.button("phone-eid-other", c.text("phone-eid.other"), () -> leave(c, new IdentifyScreen(flow.matter()))),
                c.button("phone-eid-counter", c.text("identify.counter"), () -> leave(c, new CounterScreen(flow.matter()))));
        listen(c, box);
        return box;
    }

    private void listen(ScreenContext c, VBox box) {
        stop();
        Navigator navigator = c.navigator();
        PhoneIdentification.Listening current = c.services().phone().listen(flow.session(), result -> flow.onFx(() -> {
            if (box.getScene() == null) {
                return;
            }
            if (result.outcome() != PhoneIdentification.Outcome.IDENTIFIED) {
                problem(result.outcome());
                navigator.show(this);
            } else if (result.document().orElseThrow().expired()) {
                documentExpired();
                navigator.show(this);
            } else {
                stop();
                flow.document(result.document().orElseThrow());
                navigator.show(new DocumentScreen(flow));
            }
        }));
        listening = current;
        // whichever way the citizen leaves (the chrome's back, home, a timeout), a code shown later is not redeemed
        box.sceneProperty().addListener((property, before, now) -> {
            if (before != null && now == null) {
                current.close();
            }
        });
    }

    private void leave(ScreenContext c, Screen next) {
        stop();
        c.navigator().show(next);
    }

    private void stop() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    /** A phone with a code on its screen: the picture says what to hold up. */
    private static Node hint() {
        GridPane modules = new GridPane();
        modules.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        for (int row = 0; row < HINT.length; row++) {
            for (int col = 0; col < HINT[row].length(); col++) {
                Region module = new Region();
                module.getStyleClass().add(HINT[row].charAt(col) == '1' ? "eid-module-dark" : "eid-module-light");
                modules.add(module, col, row);
            }
        }
        StackPane phone = new StackPane(modules);
        phone.getStyleClass().add("eid-phone");
        phone.setAlignment(Pos.CENTER);
        phone.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        phone.setId("phone-eid-hint");
        return phone;
    }
}

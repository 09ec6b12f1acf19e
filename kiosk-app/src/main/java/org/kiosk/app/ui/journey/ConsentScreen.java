package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Applications;

/**
 * Separate consent to fingerprint verification, on its own screen with its own "agree": what for, why it is needed,
 * and the alternative. Refusing is recorded too and leads on to the alternative (verification at the counter).
 */
public final class ConsentScreen implements Screen {

    public static final String ID = "consent";

    private final ApplicationFlow flow;

    public ConsentScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        HBox answers = new HBox(c.primary("consent-agree", c.text("consent.agree"), () -> {
            c.services().biometrics().recordConsent(flow.session(), true);
            c.navigator().show(new FingerprintScreen(flow));
        }), c.button("consent-refuse", c.text("consent.refuse"), () -> {
            c.services().biometrics().recordConsent(flow.session(), false);
            flow.verification(Applications.Verification.COUNTER);
            c.navigator().show(FormScreen.first(flow));
        }));
        answers.getStyleClass().add("answers");
        box.getChildren().addAll(c.heading(c.text("consent.title")),
                Parts.section(c, c.text("consent.purpose-title")), c.body(c.text("consent.purpose")),
                Parts.section(c, c.text("consent.necessity-title")), c.body(c.text("consent.necessity")),
                Parts.section(c, c.text("consent.alternative-title")), c.body(c.text("consent.alternative")),
                answers);
        return box;
    }
}

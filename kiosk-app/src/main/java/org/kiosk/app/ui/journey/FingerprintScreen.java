package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.BiometricCheck;

/** "Place your finger": the verification runs (up to the configured tries) and its result shows on the next screen. */
public final class FingerprintScreen implements Screen {

    public static final String ID = "fingerprint";

    private final ApplicationFlow flow;
    private boolean started;

    public FingerprintScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        if (!started) {
            started = true;
            flow.then(c.services().biometrics().verify(flow.session()), c.navigator(),
                    (result, error) -> new FingerprintResultScreen(flow, error != null ? BiometricCheck.Result.UNAVAILABLE : result));
        }
        ProgressBar waiting = new ProgressBar();
        waiting.getStyleClass().add("progress");
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("fingerprint.title")), c.body(c.text("fingerprint.intro")), waiting);
        return box;
    }
}

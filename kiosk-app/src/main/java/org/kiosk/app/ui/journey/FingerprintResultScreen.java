package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.BiometricCheck;

/** The fingerprint's result: verified, or why not and the way on (identity checked at the counter when collecting). */
public final class FingerprintResultScreen implements Screen {

    public static final String VERIFIED = "fingerprint-verified";
    public static final String NOT_VERIFIED = "fingerprint-not-verified";

    private final ApplicationFlow flow;
    private final BiometricCheck.Result result;

    public FingerprintResultScreen(ApplicationFlow flow, BiometricCheck.Result result) {
        this.flow = flow;
        this.result = result;
        flow.verification(result == BiometricCheck.Result.VERIFIED ? Applications.Verification.FINGERPRINT : Applications.Verification.COUNTER);
    }

    @Override
    public String id() {
        return result == BiometricCheck.Result.VERIFIED ? VERIFIED : NOT_VERIFIED;
    }

    @Override
    public Node build(ScreenContext c) {
        boolean verified = result == BiometricCheck.Result.VERIFIED;
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text(verified ? "fingerprint.verified" : "fingerprint.not-verified")),
                c.body(c.text("fingerprint.result." + Parts.key(result))),
                c.primary("fingerprint-continue", c.text("journey.continue"), () -> c.navigator().show(FormScreen.first(flow))));
        return box;
    }
}

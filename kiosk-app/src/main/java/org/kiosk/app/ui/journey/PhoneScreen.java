package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/** "Continue on your phone": the case's tracking code as a QR code; the phone follows the case from there. */
public final class PhoneScreen implements Screen {

    public static final String ID = "continue-on-phone";

    private final ApplicationFlow flow;

    public PhoneScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("phone.title")), c.body(c.text("phone.intro")),
                Parts.qr(c, "phone-qr", flow.submission().trackingCode(), c.session()),
                c.primary("phone-done", c.text("result.done"), () -> c.navigator().show(new RatingScreen(flow))));
        return box;
    }
}

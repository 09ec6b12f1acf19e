package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ops.SessionOutcome;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;

/** The application could not be taken: nothing was submitted; the counter handles it. */
public final class SubmitFailedScreen implements Screen {

    public static final String ID = "submit-failed";

    private final ApplicationFlow flow;

    public SubmitFailedScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        c.session().outcome(SessionOutcome.FAILED);
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("submit-failed.title")), c.body(c.text("submit-failed.intro")),
                c.primary("submit-failed-counter", c.text("matter.take-ticket"),
                        () -> c.navigator().show(new CounterScreen(flow.matter()))),
                c.button("journey-finish", c.text("journey.finish"), c.navigator()::endVisit));
        return box;
    }
}

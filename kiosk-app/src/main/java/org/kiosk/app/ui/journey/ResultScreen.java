package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kiosk.app.ops.SessionOutcome;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Applications;

/** The application was taken: its case number (or provisional reference), the committed date; the receipt printed. */
public final class ResultScreen implements Screen {

    public static final String ID = "result";

    private final ApplicationFlow flow;

    public ResultScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        c.session().outcome(SessionOutcome.COMPLETED);
        VBox box = c.column();
        box.getChildren().add(c.heading(c.text("result.title")));
        outcome(c, flow, box);
        box.getChildren().add(c.body(c.text("result.printed")));
        box.getChildren().add(nextSteps(c, flow));
        return box;
    }

    /** The case number or reference, and when it will be done; shared with the on-screen receipt. */
    static void outcome(ScreenContext c, ApplicationFlow flow, VBox box) {
        Applications.Submission s = flow.submission();
        Label reference = new Label(s.reference());
        reference.setId("result-reference");
        reference.getStyleClass().add("ticket-number");
        box.getChildren().addAll(c.body(c.text(s.provisional() ? "result.provisional" : "result.case-number")), reference);
        if (s.provisional()) {
            box.getChildren().add(c.body(c.text("result.provisional-note")));
        } else {
            box.getChildren().add(c.body(c.text("result.committed", s.committedDate().map(Object::toString).orElse(""))));
        }
        if (flow.verification() == Applications.Verification.COUNTER) {
            box.getChildren().add(c.body(c.text("result.verify-at-counter")));
        }
    }

    /** "Continue on your phone" and the rating, which ends the visit. */
    static Node nextSteps(ScreenContext c, ApplicationFlow flow) {
        HBox buttons = new HBox(c.button("result-phone", c.text("result.phone"), () -> c.navigator().show(new PhoneScreen(flow))),
                c.primary("result-done", c.text("result.done"), () -> c.navigator().show(new RatingScreen(flow))));
        buttons.getStyleClass().add("answers");
        return buttons;
    }
}

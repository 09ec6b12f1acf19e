package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Applications;

/**
 * Submitting, then printing the receipt, with progress. The application is submitted once; the receipt comes out of
 * the printer, or is shown on screen when the printer cannot print.
 */
public final class SubmittingScreen implements Screen {

    public static final String ID = "submitting";

    private final ApplicationFlow flow;
    private boolean printing;

    public SubmittingScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        if (flow.submission() == null && flow.startSubmitting()) {
            Applications applications = c.services().applications();
            applications.submit(flow.session(), flow.matter(), flow.verification(), c.language())
                    .whenComplete((submission, error) -> flow.onFx(() -> {
                        if (error != null) {
                            c.navigator().show(new SubmitFailedScreen(flow));
                            return;
                        }
                        flow.submission(submission);
                        printing = true;
                        c.navigator().show(this);
                        flow.then(applications.printReceipt(flow.session(), flow.matter(), submission), c.navigator(), (outcome, e) -> {
                            flow.printed(e != null ? Applications.PrintOutcome.PRINTER_UNAVAILABLE : outcome);
                            return flow.printed() == Applications.PrintOutcome.PRINTED ? new ResultScreen(flow)
                                    : new OnScreenReceiptScreen(flow);
                        });
                    }));
        }
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("progress");
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text(printing ? "submitting.printing" : "submitting.title")),
                c.body(c.text("submitting.intro")), progress);
        return box;
    }
}

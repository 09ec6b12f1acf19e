package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kiosk.app.ops.SessionOutcome;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.session.DocumentField;

/**
 * The printer could not print: the receipt on screen instead, with its QR code for the phone, and the counter,
 * which can print it.
 */
public final class OnScreenReceiptScreen implements Screen {

    public static final String ID = "receipt-on-screen";

    private final ApplicationFlow flow;

    public OnScreenReceiptScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        c.session().outcome(SessionOutcome.COMPLETED);
        VBox details = new VBox();
        details.getStyleClass().add("receipt");
        details.getChildren().add(c.body(flow.matter().name().in(c.language())));
        ResultScreen.outcome(c, flow, details);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        c.session().documentField(DocumentField.NAME).ifPresent(v -> Parts.row(c, grid, c.text("identity.name"), "receipt-name", v.masked()));
        c.session().documentField(DocumentField.DOCUMENT_NUMBER)
                .ifPresent(v -> Parts.row(c, grid, c.text("identity.number"), "receipt-number", v.masked()));
        details.getChildren().add(grid);
        HBox receipt = new HBox(details, Parts.qr(c, "receipt-qr", flow.submission().trackingCode(), c.session()));
        receipt.getStyleClass().add("answers");
        VBox box = c.column();
        String why = flow.printed() == null ? "receipt.unavailable" : "receipt." + Parts.key(flow.printed());
        box.getChildren().addAll(c.heading(c.text("receipt.title")), c.body(c.text(why)), receipt, c.body(c.text("receipt.scan")),
                c.button("receipt-counter", c.text("receipt.counter"), () -> c.navigator().show(new CounterScreen(flow.matter()))),
                ResultScreen.nextSteps(c, flow));
        return box;
    }
}

package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.platform.model.FormField;

/** Everything the application will say, for a last check, then "Submit". */
public final class ReviewScreen implements Screen {

    public static final String ID = "review";

    private final ApplicationFlow flow;

    public ReviewScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        for (FormField f : flow.form().fields()) {
            String shown;
            if (f.prefill() != null) {
                shown = Prefills.value(c.session(), f.prefill())
                        .map(v -> f.prefill() == FormField.Prefill.ID_NUMBER ? v.masked() : v.reveal()).orElse(null);
            } else {
                shown = FormScreen.answer(c.session(), f).map(v -> optionText(c, f, v)).orElse(null);
            }
            if (shown != null) {
                Parts.row(c, grid, FormScreen.label(c, f), "review-" + f.name(), shown);
            }
        }
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("review.title")), c.body(c.text("review.intro")), grid,
                c.body(c.text("review.verification." + Parts.key(flow.verification()))),
                c.primary("review-submit", c.text("review.submit"), () -> c.navigator().show(new SubmittingScreen(flow))));
        return box;
    }

    private static String optionText(ScreenContext c, FormField f, String value) {
        return f.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().in(c.language().locale())).orElse(value);
    }
}

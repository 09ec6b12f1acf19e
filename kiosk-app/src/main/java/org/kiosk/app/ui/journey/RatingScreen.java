package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.ServiceRating;

/** The five-level service rating, sent with the case number; choosing one (or skipping) ends the visit. */
public final class RatingScreen implements Screen {

    public static final String ID = "rating";

    private final ApplicationFlow flow;

    public RatingScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        FlowPane levels = new FlowPane();
        levels.getStyleClass().add("choices");
        for (ServiceRating.Level level : ServiceRating.Level.values()) {
            String key = Parts.key(level);
            levels.getChildren().add(c.button("rating-" + key, c.text("rating." + key), () -> {
                if (c.services().rating() != null) {
                    c.services().rating().rate(flow.submission(), level);
                }
                c.navigator().endVisit();
            }));
        }
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("rating.title")), c.body(c.text("rating.intro")), levels,
                c.button("rating-skip", c.text("rating.skip"), c.navigator()::endVisit));
        return box;
    }
}

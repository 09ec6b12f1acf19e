package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.LocalizedText;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ui.calendar.MatterAdviceView;
import org.kiosk.app.ui.journey.IdentifyScreen;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/**
 * One matter: what is needed, when it is handled, what happens if applied for now (accepted, staff start, committed
 * date), and the counter alternative with a queue ticket.
 */
public final class MatterScreen implements Screen {

    public static final String ID = "matter";

    private final Matter matter;

    public MatterScreen(Matter matter) {
        this.matter = matter;
    }

    @Override
    public String id() {
        return ID;
    }

    public Matter matter() {
        return matter;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().add(c.heading(matter.name().in(c.language())));
        if (c.services().applications() != null && c.services().applications().form(matter).isPresent()) {
            box.getChildren().add(c.primary("matter-apply", c.text("matter.apply"), () -> c.navigator().show(new IdentifyScreen(matter))));
        }
        box.getChildren().add(section(c, c.text("matter.needed")));
        for (LocalizedText item : matter.needed()) {
            box.getChildren().add(c.body(c.text("matter.bullet", item.in(c.language()))));
        }
        box.getChildren().addAll(
                section(c, c.text("matter.hours")), c.body(matter.hours().in(c.language())));
        box.getChildren().addAll(MatterAdviceView.nodes(c, matter));
        box.getChildren().addAll(
                section(c, c.text("matter.counter")), c.body(matter.counter().in(c.language())),
                c.button("matter-counter-ticket", c.text("matter.take-ticket"),
                        () -> c.navigator().show(new CounterScreen(matter))));
        return box;
    }

    private static Label section(ScreenContext c, String text) {
        Label label = c.body(text);
        label.getStyleClass().add("section");
        return label;
    }
}

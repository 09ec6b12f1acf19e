package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.ServiceCategory;
import org.kiosk.app.ui.appointments.AppointmentsScreen;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/** The welcome: the categories of matters (language and elder mode are in the chrome, as on every screen). */
public final class HomeScreen implements Screen {

    public static final String ID = "home";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        FlowPane tiles = new FlowPane();
        tiles.getStyleClass().add("tiles");
        for (ServiceCategory category : c.services().catalogue().categories()) {
            Button tile = c.primary("category-" + category.id(), category.name().in(c.language()),
                    () -> c.navigator().show(new CategoryScreen(category)));
            tile.getStyleClass().add("tile");
            tiles.getChildren().add(tile);
        }
        box.getChildren().addAll(c.heading(c.text("home.title")), c.body(c.text("home.intro")), tiles,
                c.body(c.text("home.counter-note")),
                c.button("home-appointments", c.text("appointments.title"), () -> c.navigator().show(new AppointmentsScreen())));
        return box;
    }
}

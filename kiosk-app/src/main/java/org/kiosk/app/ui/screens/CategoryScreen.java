package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCategory;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/** The matters of one category. */
public final class CategoryScreen implements Screen {

    public static final String ID = "category";

    private final ServiceCategory category;

    public CategoryScreen(ServiceCategory category) {
        this.category = category;
    }

    @Override
    public String id() {
        return ID;
    }

    public ServiceCategory category() {
        return category;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        FlowPane tiles = new FlowPane();
        tiles.getStyleClass().add("tiles");
        for (Matter matter : category.matters()) {
            Button tile = c.primary("matter-" + matter.id(), matter.name().in(c.language()),
                    () -> c.navigator().show(new MatterScreen(matter)));
            tile.getStyleClass().add("tile");
            tiles.getChildren().add(tile);
        }
        box.getChildren().addAll(c.heading(category.name().in(c.language())), c.body(c.text("category.intro")), tiles);
        return box;
    }
}

package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/** The end of a visit: everything personal has been wiped; take your card. Returns home by itself. */
public final class TakeCardScreen implements Screen {

    public static final String ID = "take-card";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("take-card.title")), c.body(c.text("take-card.wiped")),
                c.primary("take-card-done", c.text("take-card.done"), c.navigator()::home));
        return box;
    }
}

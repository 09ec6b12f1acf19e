package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;

/** Staff have been called to the kiosk; the citizen waits here or goes back to where they were. */
public final class CallStaffScreen implements Screen {

    public static final String ID = "call-staff";

    private boolean called;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        if (!called) {
            called = true;
            c.services().staffCall().call(ID);
        }
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("call-staff.title")), c.body(c.text("call-staff.intro")),
                c.primary("call-staff-back", c.text("call-staff.back"), c.navigator()::back));
        return box;
    }
}

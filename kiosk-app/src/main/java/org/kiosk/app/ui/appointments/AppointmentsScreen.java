package org.kiosk.app.ui.appointments;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;

/** Counter appointments: check in for one, book one, cancel one; without the platform, the counter instead. */
public final class AppointmentsScreen implements Screen {

    public static final String ID = "appointments";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().add(c.heading(c.text("appointments.title")));
        if (c.services().appointments().appointments().isEmpty()) {
            box.getChildren().addAll(c.body(c.text("appointments.unavailable")),
                    c.primary("appointments-counter", c.text("appointments.to-counter"), () -> c.navigator().show(new CounterScreen(null))));
            return box;
        }
        box.getChildren().addAll(c.body(c.text("appointments.intro")),
                c.primary("appointments-check-in", c.text("appointments.check-in"), () -> c.navigator().show(new CheckInScreen())),
                c.button("appointments-book", c.text("appointments.book"), () -> c.navigator().show(new BookScreen())),
                c.button("appointments-cancel", c.text("appointments.cancel"), () -> c.navigator().show(new CancelScreen())));
        return box;
    }
}

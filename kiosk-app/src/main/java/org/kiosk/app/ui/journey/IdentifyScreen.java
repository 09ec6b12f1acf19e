package org.kiosk.app.ui.journey;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.platform.model.FormSchema;

/**
 * How the citizen identifies: ID card or permit on the reader; passport and phone QR where this kiosk can read
 * them; or the counter. An option whose device is not working says so and cannot be chosen.
 */
public final class IdentifyScreen implements Screen {

    public static final String ID = "identify";

    private final Matter matter;

    public IdentifyScreen(Matter matter) {
        this.matter = matter;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("identify.title", matter.name().in(c.language()))), c.body(c.text("identify.intro")));
        boolean card = c.services().identification().cardReaderReady();
        Optional<FormSchema> form = c.services().applications() == null ? Optional.empty() : c.services().applications().form(matter);
        Button cardButton = c.primary("identify-card", c.text("identify.card"),
                () -> c.navigator().show(new WaitCardScreen(new ApplicationFlow(matter, form.orElseThrow(), c.session()))));
        cardButton.setDisable(!card || form.isEmpty());
        box.getChildren().add(cardButton);
        if (!card) {
            box.getChildren().add(c.body(c.text("identify.card-unavailable")));
        }
        Button passport = c.button("identify-passport", c.text("identify.passport"), () -> { });
        passport.setDisable(true);
        boolean phoneReady = c.services().phone().ready() && form.isPresent();
        Button phone = c.button("identify-phone", c.text("identify.phone"),
                () -> c.navigator().show(new PhoneEidScreen(new ApplicationFlow(matter, form.orElseThrow(), c.session()))));
        phone.setDisable(!phoneReady);
        box.getChildren().addAll(passport, c.body(c.text("identify.passport-unavailable")), phone);
        if (!phoneReady) {
            box.getChildren().add(c.body(c.text("identify.phone-unavailable")));
        }
        box.getChildren().add(c.button("identify-counter", c.text("identify.counter"), () -> c.navigator().show(new CounterScreen(matter))));
        return box;
    }
}

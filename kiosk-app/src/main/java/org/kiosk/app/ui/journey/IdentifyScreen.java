package org.kiosk.app.ui.journey;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.platform.model.FormSchema;

/**
 * How the citizen identifies: ID card or permit on the reader; passport (where the matter accepts one) and phone QR
 * where this kiosk can read them; or the counter. An option whose device is not working, or that the matter does not
 * accept, says so and cannot be chosen.
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
        boolean passportReader = c.services().passports().readerReady();
        boolean passportAccepted = form.isPresent() && c.services().applications().accepts(matter, Identification.DocumentKind.PASSPORT);
        Button passport = c.button("identify-passport", c.text("identify.passport"),
                () -> c.navigator().show(new PassportEntryScreen(new ApplicationFlow(matter, form.orElseThrow(), c.session()))));
        passport.setDisable(!passportReader || !passportAccepted);
        box.getChildren().add(passport);
        if (!passportReader || !passportAccepted) {
            box.getChildren().add(c.body(c.text(passportReader ? "identify.passport-not-accepted" : "identify.passport-unavailable")));
        }
        boolean phoneReady = c.services().phone().ready() && form.isPresent();
        Button phone = c.button("identify-phone", c.text("identify.phone"),
                () -> c.navigator().show(new PhoneEidScreen(new ApplicationFlow(matter, form.orElseThrow(), c.session()))));
        phone.setDisable(!phoneReady);
        box.getChildren().add(phone);
        if (!phoneReady) {
            box.getChildren().add(c.body(c.text("identify.phone-unavailable")));
        }
        box.getChildren().add(c.button("identify-counter", c.text("identify.counter"), () -> c.navigator().show(new CounterScreen(matter))));
        return box;
    }
}

package org.kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ops.SessionOutcome;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.QueueTicket;

/** "Handle at the counter instead": no appointment needed; takes a queue ticket for the matter (or any counter). */
public final class CounterScreen implements Screen {

    public static final String ID = "counter";

    private final Matter matter;
    private QueueTicket ticket;

    /** {@code matter} may be null: the general counter. */
    public CounterScreen(Matter matter) {
        this.matter = matter;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The ticket taken on this screen, if any. */
    public QueueTicket ticket() {
        return ticket;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        String title = matter == null ? c.text("counter.title") : c.text("counter.title-matter", matter.name().in(c.language()));
        box.getChildren().addAll(c.heading(title), c.body(c.text("counter.intro")));
        if (ticket == null) {
            box.getChildren().add(c.primary("counter-take-ticket", c.text("counter.take-ticket"), () -> {
                ticket = c.services().tickets().issue(matter == null ? null : matter.id());
                c.session().outcome(SessionOutcome.COUNTER);
                c.navigator().show(this);
            }));
        } else {
            Label number = new Label(ticket.number());
            number.setId("counter-ticket-number");
            number.getStyleClass().add("ticket-number");
            box.getChildren().addAll(c.body(c.text("counter.your-number")), number,
                    c.body(c.text("counter.waiting", ticket.waitingAhead())));
        }
        return box;
    }
}

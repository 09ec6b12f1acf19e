package org.kiosk.app.ui.appointments;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kiosk.app.appointments.CheckInResult;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.ui.calendar.MatterAdviceView;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.QueueTicket;
import org.kiosk.calendar.CheckInOutcome;

/**
 * What checking in gave: checked in (with the queue number, and whether the slip printed), late but checked in, too
 * early (come back at a time), too late (book again or take a counter ticket), or a code that cannot be used.
 *
 * @see CheckInScreen
 */
public final class CheckInOutcomeScreen implements Screen {

    public static final String ID = "appointment-check-in-outcome";

    private final CheckInResult result;
    private final QueueTicket ticket;
    private final SlipPrinter.Printed printed;

    /** {@code ticket} and {@code printed} are given exactly when the citizen was checked in. */
    public CheckInOutcomeScreen(CheckInResult result, QueueTicket ticket, SlipPrinter.Printed printed) {
        this.result = result;
        this.ticket = ticket;
        this.printed = printed;
    }

    @Override
    public String id() {
        return ID;
    }

    public CheckInResult result() {
        return result;
    }

    public QueueTicket ticket() {
        return ticket;
    }

    /** Whether the queue slip came out of the printer; null when nobody was checked in. */
    public SlipPrinter.Printed printed() {
        return printed;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        switch (result) {
            case CheckInResult.Decided decided -> decided(c, box, decided);
            case CheckInResult.Unusable unusable -> box.getChildren().addAll(c.heading(c.text("check-in.unusable-title")),
                    outcome(c, c.text("check-in.unusable")), again(c));
            case CheckInResult.Refused refused -> box.getChildren().addAll(c.heading(c.text("check-in.refused-title")),
                    outcome(c, c.text(switch (refused.code()) {
                        case "appointment-cancelled" -> "check-in.cancelled";
                        case "already-checked-in" -> "check-in.already";
                        case "not-found" -> "check-in.not-found";
                        default -> "check-in.refused";
                    })), again(c), counter(c));
            case CheckInResult.Unavailable unavailable -> box.getChildren().addAll(c.heading(c.text("check-in.unavailable-title")),
                    outcome(c, c.text("check-in.unavailable")), counter(c));
        }
        box.getChildren().add(c.button("check-in-done", c.text("check-in.done"), c.navigator()::home));
        return box;
    }

    private void decided(ScreenContext c, VBox box, CheckInResult.Decided decided) {
        switch (decided.outcome()) {
            case CheckInOutcome.TooEarly early -> box.getChildren().addAll(c.heading(c.text("check-in.early-title")),
                    outcome(c, c.text("check-in.early", MatterAdviceView.DATE_TIME.format(
                            early.comeBackAt().atZone(c.services().appointments().zone())))));
            case CheckInOutcome.TooLate late -> box.getChildren().addAll(c.heading(c.text("check-in.too-late-title")),
                    outcome(c, c.text("check-in.too-late", late.late().toMinutes())),
                    c.primary("check-in-rebook", c.text("check-in.rebook"), () -> c.navigator().show(new BookScreen())),
                    counter(c));
            case CheckInOutcome.OnTime onTime -> checkedIn(c, box, c.text("check-in.checked-in"));
            case CheckInOutcome.LateWithinGrace late -> checkedIn(c, box, c.text("check-in.late", late.late().toMinutes()));
        }
    }

    private void checkedIn(ScreenContext c, VBox box, String outcome) {
        Label number = new Label(ticket.number());
        number.setId("check-in-ticket-number");
        number.getStyleClass().add("ticket-number");
        box.getChildren().addAll(c.heading(c.text("check-in.checked-in-title")), outcome(c, outcome),
                c.body(c.text("counter.your-number")), number, c.body(c.text("counter.waiting", ticket.waitingAhead())),
                c.body(c.text(printed == SlipPrinter.Printed.ON_PAPER ? "slip.printed" : "slip.not-printed")));
    }

    private static Label outcome(ScreenContext c, String text) {
        Label label = c.body(text);
        label.setId("check-in-outcome");
        return label;
    }

    private static Node again(ScreenContext c) {
        return c.button("check-in-again", c.text("check-in.again"), () -> c.navigator().show(new CheckInScreen()));
    }

    private static Node counter(ScreenContext c) {
        return c.button("check-in-counter", c.text("appointments.to-counter"), () -> c.navigator().show(new CounterScreen(null)));
    }
}

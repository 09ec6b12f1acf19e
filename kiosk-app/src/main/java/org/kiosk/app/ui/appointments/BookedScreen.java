package org.kiosk.app.ui.appointments;

import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.ui.calendar.MatterAdviceView;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.platform.model.Appointment;

/** A booked appointment: its code and time, and whether its slip (with the check-in QR code) printed. */
public final class BookedScreen implements Screen {

    public static final String ID = "appointment-booked";

    private final Appointment appointment;
    private final SlipPrinter.Printed printed;

    public BookedScreen(Appointment appointment, SlipPrinter.Printed printed) {
        this.appointment = appointment;
        this.printed = printed;
    }

    @Override
    public String id() {
        return ID;
    }

    public Appointment appointment() {
        return appointment;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        Label code = new Label(appointment.code());
        code.setId("booked-code");
        code.getStyleClass().add("ticket-number");
        String when = MatterAdviceView.DATE_TIME.format(appointment.start().atZoneSameInstant(c.services().appointments().zone()))
                + " - " + DateTimeFormatter.ofPattern("HH:mm").format(appointment.end().atZoneSameInstant(c.services().appointments().zone()));
        box.getChildren().addAll(c.heading(c.text("booked.title")), c.body(c.text("booked.code")), code,
                c.body(c.text("booked.when", when)),
                c.body(c.text(printed == SlipPrinter.Printed.ON_PAPER ? "booked.printed" : "booked.not-printed")),
                c.button("booked-done", c.text("check-in.done"), c.navigator()::home));
        return box;
    }
}

package org.kiosk.app.ui.appointments;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.appointments.AppointmentSlips;
import org.kiosk.app.appointments.Appointments;
import org.kiosk.app.appointments.CheckInResult;
import org.kiosk.app.appointments.CodeScans;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.QueueTicket;

/**
 * Check in for an appointment: hold its QR code to the scanner, or type the appointment code. A checked-in citizen
 * gets a queue number, printed on a slip when the printer can (else shown on screen only).
 */
public final class CheckInScreen implements Screen {

    public static final String ID = "appointment-check-in";

    private CodeScans.Armed armed;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        TextField typed = new TextField();
        typed.setId("check-in-code");
        typed.getStyleClass().add("code-input");
        box.getChildren().addAll(c.heading(c.text("check-in.title")), c.body(c.text("check-in.scan")),
                c.body(c.text("check-in.or-type")), typed,
                c.primary("check-in-submit", c.text("check-in.submit"), () -> checkIn(c, typed.getText(), false)));
        if (armed != null) {
            armed.close();
        }
        // a scan counts only while this screen's nodes are shown; one arriving later disarms the scanner
        armed = c.services().appointments().scans().arm(text -> Platform.runLater(() -> {
            if (box.getScene() == null) {
                disarm();
            } else {
                checkIn(c, text, true);
            }
        }));
        return box;
    }

    private void disarm() {
        if (armed != null) {
            armed.close();
            armed = null;
        }
    }

    private void checkIn(ScreenContext c, String text, boolean scanned) {
        AppointmentDesk desk = c.services().appointments();
        Appointments appointments = desk.appointments().orElse(null);
        if (appointments == null) {
            c.navigator().show(new CheckInOutcomeScreen(new CheckInResult.Unavailable(), null, null));
            return;
        }
        disarm();
        CheckInResult result = scanned ? appointments.checkInScanned(text) : appointments.checkInTyped(text);
        QueueTicket ticket = null;
        SlipPrinter.Printed printed = null;
        if (result instanceof CheckInResult.Decided decided && decided.checkedIn()) {
            ticket = desk.tickets().issue(null);
            QueueTicket issued = ticket;
            printed = desk.slips().map(p -> p.print(AppointmentSlips.queue(issued, decided.appointment(), desk.zone())))
                    .orElse(SlipPrinter.Printed.ON_SCREEN_ONLY);
        }
        c.navigator().show(new CheckInOutcomeScreen(result, ticket, printed));
    }
}

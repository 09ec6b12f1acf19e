package org.kiosk.app.ui.appointments;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kiosk.app.appointments.Appointments;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.model.Appointment;

/** Cancel an appointment by its code; says whether it was cancelled, and why not. */
public final class CancelScreen implements Screen {

    public static final String ID = "appointment-cancel";

    /** The outcome's text key once the citizen tried; null before. */
    private String outcome;

    public CancelScreen() {
    }

    /** Showing an outcome already (for the audit tour). */
    public CancelScreen(String outcomeKey) {
        this.outcome = outcomeKey;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().add(c.heading(c.text("cancel.title")));
        if (outcome != null) {
            var result = c.body(c.text(outcome));
            result.setId("cancel-outcome");
            box.getChildren().addAll(result, c.button("cancel-done", c.text("check-in.done"), c.navigator()::home));
            return box;
        }
        TextField typed = new TextField();
        typed.setId("cancel-code");
        typed.getStyleClass().add("code-input");
        box.getChildren().addAll(c.body(c.text("cancel.intro")), typed,
                c.primary("cancel-submit", c.text("cancel.submit"), () -> cancel(c, typed.getText())));
        return box;
    }

    private void cancel(ScreenContext c, String typed) {
        Appointments appointments = c.services().appointments().appointments().orElse(null);
        String code = typed == null ? "" : typed.strip();
        if (appointments == null) {
            outcome = "book.unavailable";
        } else if (!Appointments.plausibleCode(code)) {
            outcome = "cancel.not-found";
        } else {
            try {
                Appointment cancelled = appointments.cancel(code);
                outcome = cancelled.status() == Appointment.Status.CANCELLED ? "cancel.done" : "cancel.refused";
            } catch (PlatformRefusedException e) {
                outcome = switch (e.code()) {
                    case "not-found" -> "cancel.not-found";
                    case "already-checked-in" -> "cancel.checked-in";
                    default -> "cancel.refused";
                };
            } catch (PlatformException e) {
                outcome = "book.unavailable";
            }
        }
        c.navigator().show(this);
    }
}

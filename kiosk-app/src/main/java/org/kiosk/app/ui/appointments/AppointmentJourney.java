package org.kiosk.app.ui.appointments;

import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.kiosk.app.appointments.CheckInResult;
import org.kiosk.app.ui.headless.Journey;
import org.kiosk.app.ui.headless.JourneyContext;
import org.kiosk.app.ui.headless.JourneyFailure;
import org.kiosk.app.ui.screens.HomeScreen;
import org.kiosk.platform.model.Appointment;

/**
 * Books the next free counter slot through the screens (its slip prints), then checks in for it by typing its code,
 * and ends on the queue number. It passes only when the kiosk checked the citizen in: run it on a working day within
 * a slot's check-in window (the next slot of the day starts at most the configured {@code earliest-minutes} ahead),
 * with {@code kiosk.platform.url} set; otherwise it reports what the citizen was told and fails.
 */
public final class AppointmentJourney implements Journey {

    @Override
    public String name() {
        return "appointment";
    }

    @Override
    public String description() {
        return "book the next counter slot, check in with its code, queue number and slip (needs kiosk.platform.url)";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.ui().reset();
        c.ui().home();
        c.expectScreen(HomeScreen.ID);
        c.press("home-appointments");
        c.expectScreen(AppointmentsScreen.ID);
        c.screenshot("appointments");
        if (c.ui().scene().lookup("#appointments-book") == null) {
            throw new JourneyFailure("appointments are unavailable at this kiosk: set kiosk.platform.url to the platform");
        }
        c.press("appointments-book");
        c.expectScreen(BookScreen.ID);
        c.press(first(c, "book-day-"));
        c.screenshot("book");
        c.press(first(c, "book-slot-"));
        c.expectScreen(BookedScreen.ID);
        c.screenshot("booked");
        Appointment booked = ((BookedScreen) c.ui().currentScreen()).appointment();
        c.out().println("booked appointment " + booked.code() + " at " + booked.start());

        c.press("booked-done");
        c.press("home-appointments");
        c.press("appointments-check-in");
        c.expectScreen(CheckInScreen.ID);
        ((TextField) c.ui().scene().lookup("#check-in-code")).setText(booked.code());
        c.screenshot("check-in");
        c.press("check-in-submit");
        c.expectScreen(CheckInOutcomeScreen.ID);
        c.screenshot("outcome");
        CheckInResult result = ((CheckInOutcomeScreen) c.ui().currentScreen()).result();
        if (!(result instanceof CheckInResult.Decided decided && decided.checkedIn())) {
            throw new JourneyFailure("not checked in: " + (result instanceof CheckInResult.Decided decided ? decided.outcome() : result));
        }
        c.out().println("checked in, queue number " + ((CheckInOutcomeScreen) c.ui().currentScreen()).ticket().number());
    }

    /** The id of the first button whose id starts with {@code prefix} (days and times are in order). */
    private static String first(JourneyContext c, String prefix) throws JourneyFailure {
        return c.ui().scene().getRoot().lookupAll("*").stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith(prefix)).min(Comparator.naturalOrder())
                .orElseThrow(() -> new JourneyFailure("no " + prefix + "* button: no free slot offered"));
    }
}

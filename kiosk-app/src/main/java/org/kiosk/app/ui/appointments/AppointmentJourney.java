package org.kiosk.app.ui.appointments;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.kiosk.app.appointments.CheckInResult;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.simulation.SimulationControl;
import org.kiosk.app.ui.headless.Journey;
import org.kiosk.app.ui.headless.JourneyContext;
import org.kiosk.app.ui.headless.JourneyFailure;
import org.kiosk.app.ui.screens.HomeScreen;
import org.kiosk.platform.model.Appointment;

/**
 * Books the next free counter slot through the screens (its slip prints), then checks in and ends on the queue number.
 * On the simulated stack it checks in at any hour, day or holiday: the platform simulator books an appointment starting
 * now (as if the citizen had booked it earlier), and its signed code is held under the emulated QR scanner; the queue
 * slip must come out of the printer. On a real platform it checks in for the slot it booked by typing its code, which
 * passes only within that slot's check-in window (the next slot starts at most the configured {@code earliest-minutes}
 * ahead); otherwise it reports what the citizen was told and fails.
 */
public final class AppointmentJourney implements Journey {

    /** How long the scanned code may take to reach the platform and back to the screen. */
    private static final Duration SCAN_TO_OUTCOME = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "appointment";
    }

    @Override
    public String description() {
        return "book the next counter slot, check in by QR code (simulated stack) or typed code, queue number and slip";
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
            throw new JourneyFailure("appointments are unavailable at this kiosk: set kiosk.platform.url to the platform "
                    + "or kiosk.simulation.platform=true");
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
        Optional<SimulationControl> simulation = c.simulationIfPresent();
        Optional<Appointment> startingNow = simulation.flatMap(SimulationControl::appointmentStartingNow);
        if (startingNow.isPresent()) {
            Appointment now = startingNow.get();
            c.out().println("the platform simulator booked appointment " + now.code() + " at " + now.start());
            c.screenshot("check-in");
            simulation.orElseThrow().scanCode(now.checkInCode());
            c.awaitScreen(CheckInOutcomeScreen.ID, SCAN_TO_OUTCOME);
        } else {
            ((TextField) c.ui().scene().lookup("#check-in-code")).setText(booked.code());
            c.screenshot("check-in");
            c.press("check-in-submit");
            c.expectScreen(CheckInOutcomeScreen.ID);
        }
        c.screenshot("outcome");
        CheckInOutcomeScreen outcome = (CheckInOutcomeScreen) c.ui().currentScreen();
        CheckInResult result = outcome.result();
        if (!(result instanceof CheckInResult.Decided decided && decided.checkedIn())) {
            throw new JourneyFailure("not checked in: " + (result instanceof CheckInResult.Decided decided ? decided.outcome() : result));
        }
        if (startingNow.isPresent() && outcome.printed() != SlipPrinter.Printed.ON_PAPER) {
            throw new JourneyFailure("checked in, but the queue slip was not printed");
        }
        c.out().println("checked in, queue number " + outcome.ticket().number());
    }

    /** The id of the first button whose id starts with {@code prefix} (days and times are in order). */
    private static String first(JourneyContext c, String prefix) throws JourneyFailure {
        return c.ui().scene().getRoot().lookupAll("*").stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith(prefix)).min(Comparator.naturalOrder())
                .orElseThrow(() -> new JourneyFailure("no " + prefix + "* button: no free slot offered"));
    }
}

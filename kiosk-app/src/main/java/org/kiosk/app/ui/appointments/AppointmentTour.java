package org.kiosk.app.ui.appointments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kiosk.app.appointments.CheckInResult;
import org.kiosk.app.appointments.SlipPrinter;
import org.kiosk.app.ui.audit.TourStop;
import org.kiosk.app.ui.service.QueueTicket;
import org.kiosk.calendar.CheckInOutcome;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.Slot;

/** Every state of the appointment screens, for the audit and the {@code tour} journey, with a sample appointment. */
public final class AppointmentTour {

    public static final Appointment SAMPLE = new Appointment("K7QD-2M4X", "slot-sample", "GZ-TH-01",
            "1144010000749982812000110003000", OffsetDateTime.parse("2026-11-30T09:00:00+08:00"),
            OffsetDateTime.parse("2026-11-30T09:30:00+08:00"), Appointment.Status.CHECKED_IN, null, "sample.check-in.code");
    private static final QueueTicket TICKET = new QueueTicket("B007", 3, Instant.parse("2026-11-30T00:50:00Z"));

    private AppointmentTour() {
    }

    public static List<TourStop> stops() {
        List<TourStop> stops = new ArrayList<>();
        stops.add(new TourStop(AppointmentsScreen.ID, (ui, clock) -> ui.show(new AppointmentsScreen())));
        stops.add(new TourStop(CheckInScreen.ID, (ui, clock) -> ui.show(new CheckInScreen())));
        outcome(stops, "on-time", new CheckInResult.Decided(new CheckInOutcome.OnTime(), SAMPLE), TICKET, SlipPrinter.Printed.ON_PAPER);
        outcome(stops, "late", new CheckInResult.Decided(new CheckInOutcome.LateWithinGrace(Duration.ofMinutes(10)), SAMPLE),
                TICKET, SlipPrinter.Printed.ON_SCREEN_ONLY);
        outcome(stops, "early", new CheckInResult.Decided(new CheckInOutcome.TooEarly(SAMPLE.start().toInstant().minus(Duration.ofMinutes(30))),
                SAMPLE), null, null);
        outcome(stops, "too-late", new CheckInResult.Decided(new CheckInOutcome.TooLate(Duration.ofMinutes(40)), SAMPLE), null, null);
        outcome(stops, "unusable", new CheckInResult.Unusable("NOT_OURS"), null, null);
        outcome(stops, "cancelled", new CheckInResult.Refused("appointment-cancelled"), null, null);
        outcome(stops, "unavailable", new CheckInResult.Unavailable(), null, null);
        List<Slot> slots = List.of(slot("09:00"), slot("09:30"), slot("14:00"));
        stops.add(new TourStop(BookScreen.ID, (ui, clock) -> ui.show(new BookScreen(slots, LocalDate.of(2026, 11, 30)))));
        stops.add(new TourStop(BookedScreen.ID, (ui, clock) -> ui.show(new BookedScreen(SAMPLE, SlipPrinter.Printed.ON_PAPER))));
        stops.add(new TourStop(BookedScreen.ID + "-not-printed",
                (ui, clock) -> ui.show(new BookedScreen(SAMPLE, SlipPrinter.Printed.ON_SCREEN_ONLY))));
        stops.add(new TourStop(CancelScreen.ID, (ui, clock) -> ui.show(new CancelScreen())));
        stops.add(new TourStop(CancelScreen.ID + "-done", (ui, clock) -> ui.show(new CancelScreen("cancel.done"))));
        return stops;
    }

    private static void outcome(List<TourStop> stops, String name, CheckInResult result, QueueTicket ticket, SlipPrinter.Printed printed) {
        stops.add(new TourStop(CheckInOutcomeScreen.ID + "-" + name, (ui, clock) -> ui.show(new CheckInOutcomeScreen(result, ticket, printed))));
    }

    private static Slot slot(String time) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-30T" + time + ":00+08:00");
        return new Slot("slot-" + time, "GZ-TH-01", SAMPLE.implementationCode(), start, start.plusMinutes(30), 4, 2);
    }
}

package org.kiosk.app.appointments;

import org.kiosk.app.ui.service.QueueTickets;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the appointment screens use: the appointments (empty when the kiosk has no platform connection configured,
 * and the screens then send the citizen to the counter), the slip printer, the hall's queue, the platform matter
 * the QR scanner, the platform matter the kiosk books counter slots for, and the centre's zone for times on screen and on slips.
 */
public record AppointmentDesk(Optional<Appointments> appointments, Optional<SlipPrinter> slips, QueueTickets tickets,
                              CodeScans scans, String bookableMatter, ZoneId zone) {

    public AppointmentDesk {
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(slips, "slips");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(scans, "scans");
        Objects.requireNonNull(bookableMatter, "bookableMatter");
        Objects.requireNonNull(zone, "zone");
    }

    /** A desk without platform or printer: check-in and booking say to use the counter. */
    public static AppointmentDesk unavailable(QueueTickets tickets, ZoneId zone) {
        return new AppointmentDesk(Optional.empty(), Optional.empty(), tickets, CodeScans.NONE, "none", zone);
    }
}

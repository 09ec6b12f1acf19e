package org.kiosk.platform.sim;

import org.kiosk.calendar.CheckInOutcome;
import org.kiosk.calendar.CheckInWindow;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.Centre;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.Slot;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Counter appointments: half-hour slots on working days (09:00–12:00 and 14:00–17:00 local time), a few places each,
 * per centre and matter; booking, cancelling, lookup by code and check-in.
 */
final class Appointments {

    static final int CAPACITY = 3;
    static final Duration SLOT_LENGTH = Duration.ofMinutes(30);
    private static final List<LocalTime> SLOT_STARTS = slotStarts();
    private static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final Catalogue catalogue;
    private final WorkingDays workingDays;
    private final CodeIssuer codes;
    private final CheckInWindow window;
    private final Clock clock;

    Appointments(Store store, Catalogue catalogue, WorkingDays workingDays, CodeIssuer codes, CheckInWindow window, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.codes = codes;
        this.window = window;
        this.clock = clock;
    }

    List<Slot> slots(String centreCode, String implementationCode, LocalDate from, int days) {
        if (days < 1 || days > 14) {
            throw ProblemException.invalid("days must be 1 to 14");
        }
        Centre centre = centre(centreCode);
        Matter matter = matterWithAppointments(implementationCode);
        Instant now = clock.instant();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            if (!workingDays.isWorkingDay(centre.region(), day)) {
                continue;
            }
            for (LocalTime time : SLOT_STARTS) {
                OffsetDateTime start = LocalDateTime.of(day, time).atZone(CommittedDates.CENTRE_ZONE).toOffsetDateTime();
                if (start.toInstant().isBefore(now)) {
                    continue;
                }
                String id = slotId(centre.code(), matter.implementationCode(), start);
                slots.add(new Slot(id, centre.code(), matter.implementationCode(), start, start.plus(SLOT_LENGTH), CAPACITY,
                        Math.max(0, CAPACITY - store.booked(id))));
            }
        }
        return slots;
    }

    Appointment book(BookingRequest booking) {
        if (booking == null || booking.slotId() == null) {
            throw ProblemException.invalid("slotId is required");
        }
        String[] parts = booking.slotId().split("\\.");
        OffsetDateTime start = null;
        if (parts.length == 3) {
            try {
                start = LocalDateTime.parse(parts[2], SLOT_TIME).atZone(CommittedDates.CENTRE_ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                start = null;
            }
        }
        Centre centre = parts.length == 3 ? catalogue.centre(parts[0]).orElse(null) : null;
        Matter matter = parts.length == 3 ? catalogue.matter(parts[1]).orElse(null) : null;
        if (start == null || centre == null || matter == null || !matter.counterAlternative().appointmentAvailable()
                || !SLOT_STARTS.contains(start.toLocalTime()) || !workingDays.isWorkingDay(centre.region(), start.toLocalDate())) {
            throw new ProblemException(422, "slot-unknown", "Unknown slot", "no such slot: take a slotId from /api/v1/appointments/slots");
        }
        if (start.toInstant().isBefore(clock.instant())) {
            throw new ProblemException(422, "slot-unknown", "Slot in the past", "this slot has already begun");
        }
        String code = newCode();
        OffsetDateTime end = start.plus(SLOT_LENGTH);
        Appointment appointment = new Appointment(code, booking.slotId(), centre.code(), matter.implementationCode(), start, end,
                Appointment.Status.BOOKED, null, codes.checkInCode(code, centre.code(), start, end));
        if (!store.book(appointment, CAPACITY)) {
            throw new ProblemException(422, "slot-full", "Slot full", "this slot has no place left; choose another");
        }
        return appointment;
    }

    /**
     * Books a place in a slot that starts at the next whole minute, on any day and at any hour (working days, opening
     * hours and capacity do not apply): the simulator's stand-in for an appointment made earlier for now.
     */
    Appointment bookStartingNow(String centreCode, String implementationCode) {
        if (centreCode == null || implementationCode == null) {
            throw ProblemException.invalid("centreCode and implementationCode are required");
        }
        Centre centre = centre(centreCode);
        Matter matter = matterWithAppointments(implementationCode);
        OffsetDateTime start = clock.instant().atZone(CommittedDates.CENTRE_ZONE).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1)
                .toOffsetDateTime();
        OffsetDateTime end = start.plus(SLOT_LENGTH);
        String code = newCode();
        Appointment appointment = new Appointment(code, slotId(centre.code(), matter.implementationCode(), start), centre.code(),
                matter.implementationCode(), start, end, Appointment.Status.BOOKED, null, codes.checkInCode(code, centre.code(), start, end));
        store.book(appointment, Integer.MAX_VALUE);
        return appointment;
    }

    Appointment find(String code) {
        return store.findAppointment(code).orElseThrow(() -> ProblemException.notFound("appointment " + code));
    }

    Appointment cancel(String code) {
        Appointment appointment = find(code);
        return switch (appointment.status()) {
            case CANCELLED -> appointment;
            case CHECKED_IN -> throw new ProblemException(422, "already-checked-in", "Already checked in", "a checked-in appointment cannot be cancelled");
            case BOOKED -> {
                store.transition(code, Appointment.Status.BOOKED, Appointment.Status.CANCELLED, null);
                yield find(code);
            }
        };
    }

    /** Checks in within the window: from {@code earliest} before the slot starts until {@code grace} after. */
    Appointment checkIn(String code) {
        Appointment appointment = find(code);
        Instant now = clock.instant();
        switch (appointment.status()) {
            case CANCELLED -> throw new ProblemException(422, "appointment-cancelled", "Appointment cancelled", "this appointment was cancelled");
            case CHECKED_IN -> throw new ProblemException(422, "already-checked-in", "Already checked in", "this appointment was already checked in");
            case BOOKED -> {
            }
        }
        switch (window.checkIn(appointment.start().toInstant(), now)) {
            case CheckInOutcome.TooEarly early -> throw new ProblemException(422, "check-in-too-early", "Too early",
                    "check-in opens at " + early.comeBackAt().atZone(CommittedDates.CENTRE_ZONE).toLocalTime() + " local time");
            case CheckInOutcome.TooLate late -> throw new ProblemException(422, "appointment-expired", "Appointment expired",
                    "the slot began " + late.late().toMinutes() + " minutes ago, beyond the grace period: book another or take a queue ticket");
            case CheckInOutcome.OnTime onTime -> {
            }
            case CheckInOutcome.LateWithinGrace withinGrace -> {
            }
        }
        if (!store.transition(code, Appointment.Status.BOOKED, Appointment.Status.CHECKED_IN, now)) {
            throw new ProblemException(422, "already-checked-in", "Already checked in", "this appointment changed meanwhile");
        }
        return find(code);
    }

    private Centre centre(String code) {
        return catalogue.centre(code).orElseThrow(() -> new ProblemException(404, "unknown-centre", "Unknown centre", "no service centre has this code"));
    }

    private Matter matterWithAppointments(String implementationCode) {
        Matter matter = catalogue.matter(implementationCode)
                .orElseThrow(() -> new ProblemException(404, "unknown-matter", "Unknown matter", "no matter has this implementation code"));
        if (!matter.counterAlternative().appointmentAvailable()) {
            throw new ProblemException(422, "appointments-not-offered", "No appointments", "this matter is handled at the counter without appointment");
        }
        return matter;
    }

    static String slotId(String centre, String implementationCode, OffsetDateTime start) {
        return centre + "." + implementationCode + "." + SLOT_TIME.format(start.atZoneSameInstant(CommittedDates.CENTRE_ZONE));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(12, 0)); t = t.plus(SLOT_LENGTH)) {
            starts.add(t);
        }
        for (LocalTime t = LocalTime.of(14, 0); t.isBefore(LocalTime.of(17, 0)); t = t.plus(SLOT_LENGTH)) {
            starts.add(t);
        }
        return List.copyOf(starts);
    }
}

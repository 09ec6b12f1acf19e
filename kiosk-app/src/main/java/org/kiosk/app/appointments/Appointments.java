package org.kiosk.app.appointments;

import org.kiosk.calendar.CheckInOutcome;
import org.kiosk.calendar.CheckInWindow;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.code.Classification;
import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.BookingRequest;
import org.kiosk.platform.model.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The centre's counter appointments through the platform: slots, booking, cancelling, and check-in with the
 * appointment's signed QR code (or its typed code) within the configured window. The window is applied here first,
 * so a citizen who is too early or too late is told so (and when to come back) without asking the platform.
 */
public final class Appointments {

    /** What a typed appointment code may look like; anything else is not sent to the platform. */
    private static final Pattern TYPED_CODE = Pattern.compile("[A-Za-z0-9-]{4,32}");

    private static final Logger log = LoggerFactory.getLogger(Appointments.class);

    private final PlatformClient platform;
    private final CodeClassifier codes;
    private final CheckInWindow window;
    private final String centreCode;
    private final Clock clock;

    public Appointments(PlatformClient platform, CodeClassifier codes, CheckInWindow window, String centreCode, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.window = Objects.requireNonNull(window, "window");
        this.centreCode = Objects.requireNonNull(centreCode, "centreCode");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CheckInWindow window() {
        return window;
    }

    /** The clock check-in is judged by (the platform's time, as far as the kiosk knows it). */
    public Clock clock() {
        return clock;
    }

    /** The centre's slots for the platform matter {@code implementationCode}, {@code days} (1 to 14) from {@code from}. */
    public List<Slot> slots(String implementationCode, LocalDate from, int days) throws PlatformException {
        return platform.slots(centreCode, implementationCode, from, days);
    }

    public Appointment book(String slotId) throws PlatformException {
        return platform.book(new BookingRequest(slotId, null));
    }

    public Appointment cancel(String appointmentCode) throws PlatformException {
        return platform.cancel(appointmentCode);
    }

    public Appointment lookUp(String appointmentCode) throws PlatformException {
        return platform.appointment(appointmentCode);
    }

    /** Checks in with a scanned QR code's text. */
    public CheckInResult checkInScanned(String scanned) {
        Classification classification = codes.classify(scanned);
        if (classification.status() != Classification.Status.VALID
                || !(classification.claims().orElseThrow() instanceof CodeClaims.AppointmentCode appointment)) {
            return new CheckInResult.Unusable(classification.rejection().map(Enum::name).orElse("not-an-appointment"));
        }
        if (!appointment.serviceCentre().equals(centreCode)) {
            return new CheckInResult.Unusable("other-centre");
        }
        return checkIn(appointment.appointmentId());
    }

    /** Whether typed text may be an appointment code, and so may be sent to the platform. */
    public static boolean plausibleCode(String typed) {
        return typed != null && TYPED_CODE.matcher(typed.strip()).matches();
    }

    /** Checks in with the appointment code the citizen typed (from the booking message or slip). */
    public CheckInResult checkInTyped(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (!plausibleCode(code)) {
            return new CheckInResult.Unusable("malformed");
        }
        return checkIn(code);
    }

    private CheckInResult checkIn(String appointmentCode) {
        try {
            Appointment appointment = platform.appointment(appointmentCode);
            if (!appointment.centreCode().equals(centreCode)) {
                return new CheckInResult.Unusable("other-centre");
            }
            if (appointment.status() != Appointment.Status.BOOKED) {
                return new CheckInResult.Refused(appointment.status() == Appointment.Status.CANCELLED
                        ? "appointment-cancelled" : "already-checked-in");
            }
            Instant now = clock.instant();
            CheckInOutcome outcome = window.checkIn(appointment.start().toInstant(), now);
            if (outcome instanceof CheckInOutcome.TooEarly || outcome instanceof CheckInOutcome.TooLate) {
                return new CheckInResult.Decided(outcome, appointment);
            }
            return new CheckInResult.Decided(outcome, platform.checkIn(appointmentCode));
        } catch (PlatformRefusedException e) {
            return new CheckInResult.Refused(e.code());
        } catch (PlatformException e) {
            log.warn("Appointment check-in not possible, platform unavailable: {}", e.getMessage());
            return new CheckInResult.Unavailable();
        }
    }
}

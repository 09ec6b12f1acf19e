package org.kiosk.app.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.kiosk.calendar.CheckInOutcome;
import org.kiosk.calendar.CheckInWindow;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.code.InMemoryReplayStore;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.Slot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slots, booking, cancelling and check-in against the platform simulator over mutual TLS, on a clock both share:
 * booked on a Friday evening for Monday 30 November 2026, then checked in at chosen moments around each slot.
 */
class AppointmentsTest {

    private static final Instant FRIDAY_EVENING = ZonedDateTime.parse("2026-11-27T20:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path dir;

    private static SimulatedPlatform platform;
    private static Appointments appointments;
    private static List<Slot> monday;

    @BeforeAll
    static void start() throws Exception {
        platform = new SimulatedPlatform(dir, FRIDAY_EVENING);
        AppointmentsSettings settings = AppointmentsSettings.fromProperties(Map.of());
        appointments = new Appointments(platform.client, AppointmentsConfiguration.classifier(settings, platform.client, platform.clock,
                new InMemoryReplayStore()),
                new CheckInWindow(Duration.ofMinutes(30), Duration.ofMinutes(15)), SimulatedPlatform.CENTRE, platform.clock);
        monday = appointments.slots(SimulatedPlatform.SOCIAL_INSURANCE, MONDAY, 1);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Slot at(String time) {
        return monday.stream().filter(s -> s.start().atZoneSameInstant(SimulatedPlatform.CHINA).toLocalTime().toString().equals(time)).findFirst().orElseThrow();
    }

    private static Instant monday(String time) {
        return ZonedDateTime.parse("2026-11-30T" + time + ":00+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void slotsAreTheCentresWorkingDaySlots() {
        assertThat(monday).isNotEmpty().allSatisfy(s -> {
            assertThat(s.centreCode()).isEqualTo(SimulatedPlatform.CENTRE);
            assertThat(s.start().atZoneSameInstant(SimulatedPlatform.CHINA).toLocalDate()).isEqualTo(MONDAY);
        });
    }

    @Test
    void bookLookUpAndCancel() throws Exception {
        Appointment booked = appointments.book(at("11:00").slotId());
        assertThat(booked.status()).isEqualTo(Appointment.Status.BOOKED);
        assertThat(appointments.lookUp(booked.code()).start()).isEqualTo(at("11:00").start());

        assertThat(appointments.cancel(booked.code()).status()).isEqualTo(Appointment.Status.CANCELLED);
        platform.clock.set(monday("10:50"));
        assertThat(appointments.checkInScanned(booked.checkInCode())).isEqualTo(new CheckInResult.Refused("appointment-cancelled"));
        platform.clock.set(FRIDAY_EVENING);
        assertThatThrownBy(() -> appointments.book("no-such-slot")).isInstanceOfSatisfying(PlatformRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("slot-unknown"));
    }

    @Test
    void checkInOutcomesAroundTheSlot() throws Exception {
        Appointment early = appointments.book(at("09:00").slotId());
        Appointment graced = appointments.book(at("09:30").slotId());
        Appointment lost = appointments.book(at("10:00").slotId());

        platform.clock.set(monday("08:00"));
        assertThat(appointments.checkInScanned(early.checkInCode())).isInstanceOfSatisfying(CheckInResult.Decided.class, d -> {
            assertThat(d.outcome()).isEqualTo(new CheckInOutcome.TooEarly(monday("08:30")));
            assertThat(d.checkedIn()).isFalse();
        });
        platform.clock.set(monday("08:45"));
        assertThat(appointments.checkInScanned(early.checkInCode())).isInstanceOfSatisfying(CheckInResult.Decided.class, d -> {
            assertThat(d.outcome()).isEqualTo(new CheckInOutcome.OnTime());
            assertThat(d.appointment().status()).isEqualTo(Appointment.Status.CHECKED_IN);
        });
        assertThat(appointments.checkInTyped(early.code())).isEqualTo(new CheckInResult.Refused("already-checked-in"));

        platform.clock.set(monday("09:40"));
        assertThat(appointments.checkInTyped(graced.code())).isInstanceOfSatisfying(CheckInResult.Decided.class, d -> {
            assertThat(d.outcome()).isEqualTo(new CheckInOutcome.LateWithinGrace(Duration.ofMinutes(10)));
            assertThat(d.appointment().status()).isEqualTo(Appointment.Status.CHECKED_IN);
        });

        platform.clock.set(monday("10:20"));
        assertThat(appointments.checkInScanned(lost.checkInCode())).isInstanceOfSatisfying(CheckInResult.Decided.class, d -> {
            assertThat(d.outcome()).isEqualTo(new CheckInOutcome.TooLate(Duration.ofMinutes(20)));
            assertThat(d.appointment().status()).isEqualTo(Appointment.Status.BOOKED);
        });
        platform.clock.set(FRIDAY_EVENING);
    }

    @Test
    void anythingButAnAppointmentCodeCannotBeUsedHere() throws Exception {
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) platform.client.submit("appointments-1",
                new ApplicationRequest(SimulatedPlatform.SOCIAL_INSURANCE, SimulatedPlatform.CENTRE, "zh-CN", platform.clock.instant(),
                        new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                        Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                                "periodTo", "2024-12-31", "purpose", "housing"),
                        ApplicationRequest.IdentityVerification.NONE));

        assertThat(appointments.checkInScanned(accepted.trackingCode())).isInstanceOf(CheckInResult.Unusable.class);
        assertThat(appointments.checkInScanned("https://example.com/phish")).isInstanceOf(CheckInResult.Unusable.class);
        assertThat(appointments.checkInScanned("eyJhbGciOiJub25lIn0.e30.")).isInstanceOf(CheckInResult.Unusable.class);
        assertThat(appointments.checkInTyped("../admin")).isEqualTo(new CheckInResult.Unusable("malformed"));
        assertThat(appointments.checkInTyped("ZZZZ-0000")).isEqualTo(new CheckInResult.Refused("not-found"));
    }
}

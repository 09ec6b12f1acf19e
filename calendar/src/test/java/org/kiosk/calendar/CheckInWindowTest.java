package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

    private static final Instant SLOT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void earlyOnTimeLateAndTooLate() throws HoursConfigException {
        CheckInWindow window = CheckInWindow.fromProperties(Map.of("earliest-minutes", "30", "grace-minutes", "15"));
        assertThat(window.checkIn(SLOT, SLOT.minusSeconds(31 * 60)))
                .isEqualTo(new CheckInOutcome.TooEarly(SLOT.minusSeconds(30 * 60)));
        assertThat(window.checkIn(SLOT, SLOT.minusSeconds(30 * 60))).isEqualTo(new CheckInOutcome.OnTime());
        assertThat(window.checkIn(SLOT, SLOT)).isEqualTo(new CheckInOutcome.OnTime());
        assertThat(window.checkIn(SLOT, SLOT.plusSeconds(10 * 60)))
                .isEqualTo(new CheckInOutcome.LateWithinGrace(Duration.ofMinutes(10)));
        assertThat(window.checkIn(SLOT, SLOT.plusSeconds(15 * 60)))
                .isEqualTo(new CheckInOutcome.LateWithinGrace(Duration.ofMinutes(15)));
        assertThat(window.checkIn(SLOT, SLOT.plusSeconds(15 * 60 + 1)))
                .isEqualTo(new CheckInOutcome.TooLate(Duration.ofSeconds(15 * 60 + 1)));
    }

    @Test
    void defaultsAndBadValues() throws HoursConfigException {
        assertThat(CheckInWindow.fromProperties(Map.of()))
                .isEqualTo(new CheckInWindow(Duration.ofMinutes(30), Duration.ofMinutes(15)));
        assertThatThrownBy(() -> CheckInWindow.fromProperties(Map.of("grace-minutes", "-5")))
                .hasMessage("'grace-minutes': '-5' is not a number of minutes (0-9999)");
        assertThatThrownBy(() -> CheckInWindow.fromProperties(Map.of("late-minutes", "5")))
                .hasMessage("'late-minutes': unknown key (allowed: earliest-minutes, grace-minutes)");
    }
}

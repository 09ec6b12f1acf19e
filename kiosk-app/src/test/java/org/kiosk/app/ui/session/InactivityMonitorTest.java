package org.kiosk.app.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer's phases on a manual clock: warning after the idle time, countdown each second, extensions, expiry. */
class InactivityMonitorTest {

    final ManualUiClock clock = new ManualUiClock();
    final List<String> events = new ArrayList<>();
    final InactivityMonitor monitor = new InactivityMonitor(clock, Duration.ofSeconds(60), Duration.ofSeconds(20), 10,
            new InactivityMonitor.Listener() {
                @Override
                public void warningStarted(Duration remaining, int extensionsLeft) {
                    events.add("warn " + remaining.toSeconds() + " left " + extensionsLeft);
                }

                @Override
                public void countdown(Duration remaining) {
                    events.add("count " + InactivityMonitor.seconds(remaining));
                }

                @Override
                public void warningCleared() {
                    events.add("cleared");
                }

                @Override
                public void expired() {
                    events.add("expired");
                }
            });

    private void pass(int seconds) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            monitor.tick();
        }
    }

    @Test
    void idleUntilStarted() {
        pass(200);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.IDLE);
        assertThat(events).isEmpty();
    }

    @Test
    void warnsAfterTheIdleTimeCountsDownAndExpires() {
        monitor.start();
        pass(59);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.ACTIVE);
        pass(1);
        assertThat(events).containsExactly("warn 20 left 10");
        pass(19);
        assertThat(events).hasSize(20).endsWith("count 1");
        pass(1);
        assertThat(events).last().isEqualTo("expired");
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.EXPIRED);
    }

    @Test
    void activityRestartsTheIdleTimeButNotDuringTheWarning() {
        monitor.start();
        pass(50);
        monitor.activity();
        pass(50);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.ACTIVE);
        pass(10);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.WARNING);
        monitor.activity();
        pass(20);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.EXPIRED);
    }

    @Test
    void tenExtensionsThenNoMore() {
        monitor.start();
        for (int i = 0; i < 10; i++) {
            pass(60);
            assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.WARNING);
            assertThat(monitor.extend()).isTrue();
            assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.ACTIVE);
        }
        assertThat(monitor.extend()).as("only during the warning").isFalse();
        pass(60);
        assertThat(events).last().isEqualTo("warn 20 left 0");
        assertThat(monitor.extend()).isFalse();
        pass(20);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.EXPIRED);
        assertThat(monitor.extensionsUsed()).isEqualTo(10);
    }

    @Test
    void stoppingDuringTheWarningClearsIt() {
        monitor.start();
        pass(61);
        monitor.stop();
        assertThat(events).last().isEqualTo("cleared");
        pass(100);
        assertThat(monitor.phase()).isEqualTo(InactivityMonitor.Phase.IDLE);
    }
}

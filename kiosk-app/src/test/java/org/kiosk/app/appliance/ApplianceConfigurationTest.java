package org.kiosk.app.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.NotifySocket;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The watchdog exists only under systemd, says READY=1 when Spring declares readiness, is fed only while the application
 * is live, and refuses a bad timeout.
 */
class ApplianceConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class))
            .withUserConfiguration(ApplianceConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void outsideSystemdThereIsNoWatchdog() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SystemdWatchdog.class));
        runner.withPropertyValues("NOTIFY_SOCKET=")
                .run(context -> assertThat(context).doesNotHaveBean(SystemdWatchdog.class));
    }

    @Test
    void readinessForTrafficSendsReadyThenTheWatchdogIsFed() throws Exception {
        try (NotifySocket socket = new NotifySocket(dir.resolve("notify"))) {
            runner.withPropertyValues("NOTIFY_SOCKET=" + socket.path(), "WATCHDOG_USEC=400000").run(context -> {
                assertThat(socket.messages()).isEmpty();
                AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                assertThat(socket.await("READY=1", 1, Duration.ofSeconds(10))).isTrue();
                // unlike a SpringApplication's, the runner's context never declared itself live: not fed yet
                Thread.sleep(500);
                assertThat(socket.count("WATCHDOG=1")).isZero();
                AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
                assertThat(socket.await("WATCHDOG=1", 1, Duration.ofSeconds(10))).isTrue();
            });
        }
    }

    @Test
    void malformedWatchdogTimeoutStopsTheStartNamingIt() {
        runner.withPropertyValues("NOTIFY_SOCKET=" + dir.resolve("notify"), "WATCHDOG_USEC=soon").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("WATCHDOG_USEC").hasMessageContaining("'soon'"));
    }
}

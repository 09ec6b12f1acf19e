package org.kiosk.app.appliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.NotifySocket;
import org.testfx.api.FxToolkit;

/** READY=1 then WATCHDOG=1 through systemd-notify to a real datagram socket, and no feeding while a check fails. */
class SystemdWatchdogTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void readyThenFedWhileHealthyAndNotFedWhileHung() throws Exception {
        AtomicBoolean healthy = new AtomicBoolean(true);
        WatchdogCheck check = new WatchdogCheck() {
            @Override
            public String name() {
                return "the test's check";
            }

            @Override
            public boolean healthy(Duration timeout) {
                return healthy.get();
            }
        };
        try (NotifySocket socket = new NotifySocket(dir.resolve("notify"))) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", socket.path().toString()))
                    .orElseThrow();
            Optional<Duration> timeout = SystemdWatchdog.timeoutFromEnvironment(Map.of("WATCHDOG_USEC", "400000"));
            try (SystemdWatchdog watchdog = new SystemdWatchdog(notifier, timeout, List.of(check))) {
                assertThat(watchdog.feedInterval()).contains(Duration.ofMillis(200));
                watchdog.ready();
                assertThat(socket.await("WATCHDOG=1", 2, WAIT)).isTrue();
                assertThat(socket.messages().getFirst()).contains("READY=1");

                healthy.set(false);
                // a feeding already under way may still arrive; after it, none while the check fails
                Thread.sleep(300);
                long fedWhileHung = socket.count("WATCHDOG=1");
                Thread.sleep(600);
                assertThat(socket.count("WATCHDOG=1")).isEqualTo(fedWhileHung);

                healthy.set(true);
                assertThat(socket.await("WATCHDOG=1", (int) fedWhileHung + 1, WAIT)).isTrue();
            }
            assertThat(socket.await("STOPPING=1", 1, WAIT)).isTrue();
            assertThat(socket.count("READY=1")).isEqualTo(1);
        }
    }

    @Test
    void notUnderSystemdThereIsNoNotifier() {
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).isEmpty();
        assertThat(SystemdWatchdog.timeoutFromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void malformedWatchdogTimeoutIsRefusedByName() {
        assertThatThrownBy(() -> SystemdWatchdog.timeoutFromEnvironment(Map.of("WATCHDOG_USEC", "30s")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WATCHDOG_USEC")
                .hasMessageContaining("'30s'");
        assertThatThrownBy(() -> SystemdWatchdog.timeoutFromEnvironment(Map.of("WATCHDOG_USEC", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void javaFxThreadCheckFailsWhileTheThreadIsBlocked() throws Exception {
        // through TestFX, as the screens' tests of this JVM start JavaFX, so that either may come first
        FxToolkit.registerPrimaryStage();
        JavaFxThreadCheck check = new JavaFxThreadCheck();
        assertThat(check.healthy(WAIT)).isTrue();
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(check.healthy(Duration.ofMillis(200))).isFalse();
        } finally {
            release.countDown();
        }
        assertThat(check.healthy(WAIT)).isTrue();
    }
}

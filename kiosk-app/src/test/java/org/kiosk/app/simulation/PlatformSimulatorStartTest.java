package org.kiosk.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.sim.PlatformSimulator;

/** The simulated stack's simulator starting beside the kiosk: a client made before it is up, and a start that fails. */
class PlatformSimulatorStartTest {

    private static final char[] PASSWORD = "kiosk-store".toCharArray();

    @Test
    void aKioskEnrolledBeforeTalksToTheSimulatorWhileItIsStillStarting(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform-sim");
        Path keyStore = dir.resolve("kiosk.p12");
        try (PlatformSimulatorStart first = PlatformSimulatorStart.begin(data)) {
            assertThat(first.caKept()).isFalse();
            PlatformSimulator simulator = first.simulator();
            assertThat(simulator.uri()).isEqualTo(first.uri());
            simulator.enrolKiosk("kiosk-a", keyStore, PASSWORD);
        }
        try (PlatformSimulatorStart second = PlatformSimulatorStart.begin(data)) {
            assertThat(second.caKept()).isTrue();
            PlatformClient client = PlatformClient.builder(second.uri())
                    .mutualTls(keyStore, PASSWORD, second.trustStore(), PlatformSimulator.storePassword())
                    .platformStarting(second.started()).build();
            assertThat(client.matters()).isNotEmpty();
            assertThat(second.started()).isCompleted();
            second.start();
            assertThat(second.isRunning()).isTrue();
        }
    }

    @Test
    void aSimulatorThatCannotStartFailsTheKiosksStartAndItsRequests(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform-sim");
        Files.writeString(data, "a file where the simulator's folder belongs");
        try (PlatformSimulatorStart start = PlatformSimulatorStart.begin(data)) {
            PlatformClient client = PlatformClient.builder(start.uri()).sslContext(SSLContext.getDefault()).platformStarting(start.started()).build();
            assertThatThrownBy(client::matters).isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("did not start");
            assertThatThrownBy(start::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the platform simulator did not start on port " + start.uri().getPort());
            assertThat(start.isRunning()).isFalse();
        }
    }
}

package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class whose tests share one simulator and the enrolled kiosk's client (see {@link SimulatorFixture});
 * every reply a test gets must match the contract. Starting the simulator once per class keeps the classes fast.
 */
abstract class SimulatorTest {

    @TempDir
    static Path dir;
    static SimulatorFixture fixture;
    static PlatformClient kiosk;

    @BeforeAll
    static void startSimulator() throws Exception {
        fixture = new SimulatorFixture(dir);
        kiosk = fixture.kiosk().build();
    }

    @AfterAll
    static void stopSimulator() {
        fixture.close();
    }

    @AfterEach
    void everyReplyMatchesTheContract() {
        assertThat(fixture.contract.takeViolations()).isEmpty();
    }
}

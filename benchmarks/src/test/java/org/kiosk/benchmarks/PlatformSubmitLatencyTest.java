package org.kiosk.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformSubmitLatencyTest {

    @Test
    void optionsAndTheirDefaults() {
        assertThat(PlatformSubmitLatency.parse(new String[]{"--sim-jar", "sim.jar", "--rounds", "10"}))
                .isEqualTo(new PlatformSubmitLatency.Settings(Path.of("sim.jar"), 10, 50));
        assertThatThrownBy(() -> PlatformSubmitLatency.parse(new String[]{"--rounds", "0"})).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PlatformSubmitLatency.parse(new String[]{"--speed", "1"})).hasMessageContaining("unknown option");
    }

    @Test
    void aMissingSimulatorJarIsExplained() {
        assertThatThrownBy(() -> PlatformSubmitLatency.measure(new PlatformSubmitLatency.Settings(Path.of("no-such.jar"), 1, 0)))
                .isInstanceOf(MeasurementException.class).hasMessageContaining("no simulator jar at no-such.jar");
    }
}

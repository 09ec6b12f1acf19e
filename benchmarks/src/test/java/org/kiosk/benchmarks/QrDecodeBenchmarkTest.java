package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.camera.Distortion;

class QrDecodeBenchmarkTest {

    @Test
    void reportsTimesAndRatesForEveryDistortion() {
        QrDecodeBenchmark.Settings settings = QrDecodeBenchmark.parse(new String[] {"--frames", "1", "--rounds", "1"});
        QrDecodeBenchmark.Result result = QrDecodeBenchmark.measure(settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QrDecodeBenchmark.print(result, settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);

        assertThat(result.byDistortion()).containsOnlyKeys(Distortion.values());
        assertThat(result.overall().count()).isEqualTo(Distortion.values().length);
        assertThat(report).contains("median ms", "p95 ms", "decode rate", "all frames", "Target: median under 30 ms");
        for (Distortion distortion : Distortion.values()) {
            assertThat(report).contains(distortion.name());
        }
    }

    @Test
    void badArgumentsAreExplained() {
        assertThatThrownBy(() -> QrDecodeBenchmark.parse(new String[] {"--frames"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> QrDecodeBenchmark.parse(new String[] {"--frames", "x"}))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> QrDecodeBenchmark.parse(new String[] {"--rounds", "0"}))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> QrDecodeBenchmark.parse(new String[] {"--fast", "1"}))
                .hasMessageContaining("unknown option");
    }
}

package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxLatencyTest {

    @TempDir
    Path dir;

    @Test
    void aShortRunTimesEveryAcceptAndLeavesNothingBehind() throws Exception {
        OutboxLatency.Report report = OutboxLatency.measure(OutboxLatency.parse(new String[] {"--dir", dir.toString(), "--accepts", "5", "--warmup", "1"}));

        assertThat(report.stats().count()).isEqualTo(5);
        assertThat(report.p99Ms()).isGreaterThanOrEqualTo(report.stats().medianMs());
        assertThat(report.maxMs()).isGreaterThanOrEqualTo(report.p99Ms());
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        OutboxLatency.print(report, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("p50 ms").contains("p99 ms");
    }

    @Test
    void theFolderIsRequiredAndCountsAreChecked() {
        assertThatThrownBy(() -> OutboxLatency.parse(new String[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--dir is required");
        assertThatThrownBy(() -> OutboxLatency.parse(new String[] {"--dir", "x", "--accepts", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds must be at least 1");
    }
}

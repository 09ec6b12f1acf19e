package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void statsTakeMedianAndNearestRankP95() {
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        Stats stats = Stats.of(nanos);
        assertThat(stats.count()).isEqualTo(20);
        assertThat(stats.meanMs()).isEqualTo(10.5);
        assertThat(stats.medianMs()).isEqualTo(10.5);
        assertThat(stats.p95Ms()).isEqualTo(19.0);
    }

    @Test
    void percentilesTakeTheNearestRank() {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[nanos.length - 1 - i] = (i + 1) * 1_000_000L;
        }
        assertThat(Stats.percentileMs(nanos, 0.50)).isEqualTo(100.0);
        assertThat(Stats.percentileMs(nanos, 0.99)).isEqualTo(198.0);
        assertThat(Stats.percentileMs(nanos, 1.0)).isEqualTo(200.0);
        assertThatThrownBy(() -> Stats.percentileMs(new long[0], 0.5)).hasMessageContaining("no samples");
    }

    @Test
    void noSamplesAreRefused() {
        assertThatThrownBy(() -> Stats.of(new long[0])).hasMessageContaining("no samples");
    }
}

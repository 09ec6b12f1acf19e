package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line and the rounds the latency harnesses share. */
class LatencyHarnessTest {

    @Test
    void optionsAreNamedPairsTheLaterWinning() {
        Map<String, String> options = LatencyHarness.options(new String[] {"--rounds", "3", "--warmup", "1", "--rounds", "4"},
                "--rounds", "--warmup", "--baud");

        assertThat(options).containsExactly(Map.entry("--rounds", "4"), Map.entry("--warmup", "1"));
        assertThat(LatencyHarness.integer(options, "--rounds", 30)).isEqualTo(4);
        assertThat(LatencyHarness.integer(options, "--baud", 9600)).isEqualTo(9600);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> LatencyHarness.options(new String[] {"--warmup"}, "--warmup")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LatencyHarness.options(new String[] {"--fast", "1"}, "--warmup")).hasMessageContaining("--fast");
        Map<String, String> options = LatencyHarness.options(new String[] {"--rounds", "many"}, "--rounds");
        assertThatThrownBy(() -> LatencyHarness.integer(options, "--rounds", 30)).hasMessageContaining("--rounds").hasMessageContaining("many");
        assertThatThrownBy(() -> LatencyHarness.requireRounds(0, 0)).hasMessageContaining("rounds");
        assertThatThrownBy(() -> LatencyHarness.requireRounds(1, -1)).hasMessageContaining("warm-up");
    }

    @Test
    void warmUpRoundsRunFirstAndAreNotCounted() throws Exception {
        List<String> rounds = new ArrayList<>();
        Stats stats = LatencyHarness.measure(2, 3, (slot, slots) -> {
            rounds.add(slot + "/" + slots);
            return rounds.size() * 1_000_000L;
        });

        assertThat(rounds).containsExactly("0/2", "1/2", "0/3", "1/3", "2/3");
        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.meanMs()).isEqualTo(4.0);
    }
}

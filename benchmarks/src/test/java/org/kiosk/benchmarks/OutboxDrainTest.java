package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

    @Test
    void theFolderIsRequiredAndTheCountChecked() {
        assertThat(OutboxDrain.parse(new String[] {"--dir", "x"})).isEqualTo(new OutboxDrain.Settings(Path.of("x"), 1000));
        assertThatThrownBy(() -> OutboxDrain.parse(new String[] {"--applications", "10"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--dir is required");
        assertThatThrownBy(() -> OutboxDrain.parse(new String[] {"--dir", "x", "--applications", "none"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--applications takes a whole number");
    }
}

package org.kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kiosk's own options come out of the command line; the rest goes to Spring; wrong combinations are refused. */
class LaunchOptionsTest {

    @Test
    void optionsAndSpringArguments() throws Exception {
        LaunchOptions o = LaunchOptions.parse("--headless", "--journey", "tour", "--kiosk.ui.width=1280");
        assertThat(o.headless()).isTrue();
        assertThat(o.journey()).isEqualTo("tour");
        assertThat(o.springArgs()).containsExactly("--kiosk.ui.width=1280");
        assertThat(LaunchOptions.parse("--headless", "--serve").serve()).isTrue();
        assertThat(LaunchOptions.parse("--headless", "--journey=timeout").journey()).isEqualTo("timeout");
        assertThat(LaunchOptions.parse().headless()).isFalse();
    }

    @Test
    void wrongCombinationsSayWhy() {
        assertThatThrownBy(() -> LaunchOptions.parse("--journey", "tour")).hasMessageContaining("add --headless");
        assertThatThrownBy(() -> LaunchOptions.parse("--serve")).hasMessageContaining("add --headless");
        assertThatThrownBy(() -> LaunchOptions.parse("--headless")).hasMessageContaining("--journey NAME or --serve");
        assertThatThrownBy(() -> LaunchOptions.parse("--headless", "--journey")).hasMessageContaining("needs the journey's name");
        assertThatThrownBy(() -> LaunchOptions.parse("--headless", "--journey", "--serve")).hasMessageContaining("needs");
        assertThatThrownBy(() -> LaunchOptions.parse("--headless", "--journey", "tour", "--serve"))
                .hasMessageContaining("exclude each other");
    }
}

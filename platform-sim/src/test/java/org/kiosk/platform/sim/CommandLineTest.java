package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void optionsAreRead() {
        PlatformSimulator.Options options = PlatformSimulator.parse(new String[]{"--port", "9443", "--data", "d", "--dev", "--dev-port", "0"});
        assertThat(options).isEqualTo(PlatformSimulator.Options.defaults().withPort(9443).withDataDir(Path.of("d")).withDev(true).withDevPort(0));
        assertThat(PlatformSimulator.parse(new String[0])).isEqualTo(PlatformSimulator.Options.defaults());
        assertThat(PlatformSimulator.parse(new String[]{"--help"})).isNull();
    }

    @Test
    void aWrongCommandLineIsNamed() {
        assertThatThrownBy(() -> PlatformSimulator.parse(new String[]{"--port", "http"})).hasMessage("--port must be a port number 0 to 65535, not 'http'");
        assertThatThrownBy(() -> PlatformSimulator.parse(new String[]{"--port", "70000"})).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> PlatformSimulator.parse(new String[]{"--data"})).hasMessage("--data needs a value");
        assertThatThrownBy(() -> PlatformSimulator.parse(new String[]{"--fast"})).hasMessage("unknown option --fast");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlatformSimulator.run(new String[]{"--fast"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast", "usage: platform-sim");
    }
}

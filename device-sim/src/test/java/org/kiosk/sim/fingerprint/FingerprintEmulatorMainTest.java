package org.kiosk.sim.fingerprint;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintEmulatorMainTest {

    @Test
    void parsesOptions() {
        FingerprintEmulatorMain main = new FingerprintEmulatorMain();
        new CommandLine(main).parseArgs("--make-pty", "/tmp/fingerprint", "--baud", "115200", "--password",
                "0xFFFFFFFF");
        assertThat(main.link.makePty).isEqualTo(Path.of("/tmp/fingerprint"));
        assertThat(main.baud).isEqualTo(115_200);
        assertThat(main.parsePassword()).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void defaults() {
        FingerprintEmulatorMain main = new FingerprintEmulatorMain();
        new CommandLine(main).parseArgs("--pty", "/dev/ttyUSB0");
        assertThat(main.baud).isEqualTo(57_600);
        assertThat(main.parsePassword()).isZero();
    }

    @Test
    void requiresExactlyOneLink() {
        assertThat(run("--make-pty", "/tmp/x", "--pty", "/dev/ttyUSB0")).contains("mutually exclusive");
        assertThat(run("--baud", "9600")).contains("Missing required argument");
    }

    @Test
    void refusesABadBaudOrPassword() {
        assertThat(run("--pty", "/nonexistent/device", "--baud", "50000"))
                .contains("--baud: baud must be N x 9600 for N of 1 to 12, got 50000");
        assertThat(run("--pty", "/nonexistent/device", "--password", "0x100000000"))
                .contains("--password must be a 32-bit value");
        assertThat(run("--pty", "/nonexistent/device", "--password", "secret"))
                .contains("--password must be a 32-bit value");
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new FingerprintEmulatorMain()).setErr(new PrintWriter(err)).execute(args);
        assertThat(code).isEqualTo(2);
        return err.toString();
    }
}

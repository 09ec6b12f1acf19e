package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardEmulatorMainTest {

    @Test
    void parsesOptions() {
        IdCardEmulatorMain main = new IdCardEmulatorMain();
        new CommandLine(main).parseArgs("--make-pty", "/tmp/idcard", "--baud", "9600", "--card", "resident-fp2",
                "--cards", "my-cards");
        assertThat(main.link.makePty).isEqualTo(Path.of("/tmp/idcard"));
        assertThat(main.baud).isEqualTo(9600);
        assertThat(main.card).isEqualTo("resident-fp2");
        assertThat(main.cards).isEqualTo(Path.of("my-cards"));
    }

    @Test
    void defaultBaudIs115200() {
        IdCardEmulatorMain main = new IdCardEmulatorMain();
        new CommandLine(main).parseArgs("--pty", "/dev/ttyUSB0");
        assertThat(main.baud).isEqualTo(115_200);
        assertThat(main.card).isNull();
    }

    @Test
    void requiresExactlyOneLink() {
        assertThat(run("--make-pty", "/tmp/x", "--pty", "/dev/ttyUSB0")).contains("mutually exclusive");
        assertThat(run("--card", "resident")).contains("Missing required argument");
    }

    @Test
    void refusesAnUnknownCardNamingTheKnownOnes() {
        assertThat(run("--pty", "/nonexistent/device", "--card", "nosuch"))
                .contains("--card: no card 'nosuch'; known: ").contains("resident-fp2");
    }

    @Test
    void refusesABadCardsDirectory() {
        assertThat(run("--pty", "/nonexistent/device", "--cards", "/nonexistent/cards"))
                .contains("--cards /nonexistent/cards: ").contains("not a directory of card files");
    }

    @Test
    void refusesANonPositiveBaud() {
        assertThat(run("--pty", "/nonexistent/device", "--baud", "0")).contains("--baud must be positive, got 0");
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new IdCardEmulatorMain()).setErr(new PrintWriter(err)).execute(args);
        assertThat(code).isEqualTo(2);
        return err.toString();
    }
}

package org.kiosk.sim.printer;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrinterEmulatorMainTest {

    @Test
    void parsesOptions() {
        PrinterEmulatorMain main = new PrinterEmulatorMain();
        new CommandLine(main).parseArgs("--make-pty", "/tmp/p", "--state", "near-end", "--out", "receipts");
        assertThat(main.link.makePty).isEqualTo(Path.of("/tmp/p"));
        assertThat(main.state.state).isEqualTo(PrinterSimState.PAPER_NEAR_END);
        assertThat(main.out).isEqualTo(Path.of("receipts"));
        assertThat(main.font).isNull();
    }

    @Test
    void rejectsAnUnknownStateNamingTheAllowedOnes() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PrinterEmulatorMain()).setErr(new PrintWriter(err))
                .execute("--tcp", "0", "--state", "jammed");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'jammed' is not a state; use ok, near-end, out, cover-open or offline");
    }

    @Test
    void requiresExactlyOneLink() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PrinterEmulatorMain()).setErr(new PrintWriter(err))
                .execute("--tcp", "0", "--pty", "/dev/ttyUSB0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }
}

package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** kioskctl run in-process as a technician's shell would run it, and the checks every command's tests share. */
final class KioskCtlRuns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KioskCtlRuns() {
    }

    /** What one kioskctl run printed and returned. */
    record Outcome(int exitCode, String out, String err) {

        /** Standard output as one JSON object; its nulls are kept as keys with null values. */
        Map<String, Object> json() {
            return JSON.readValue(out, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        }
    }

    static Outcome kioskctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = KioskCtl.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** Exit 0, nothing on stderr, and stdout as one JSON object. */
    static Map<String, Object> succeededWithJson(Outcome r) {
        assertSucceeded(r);
        return r.json();
    }

    static void assertSucceeded(Outcome r) {
        assertThat(r.exitCode()).as("stdout: %s stderr: %s", r.out(), r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }

    /** Exit 1, nothing on stdout, and one {@code kioskctl: } line on stderr saying why. */
    static void assertFailedInOneLine(Outcome r, String... reasonContains) {
        assertThat(r.exitCode()).as("stdout: %s stderr: %s", r.out(), r.err()).isEqualTo(KioskCtl.EXIT_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kioskctl: ").endsWith("\n").containsOnlyOnce("\n").contains(reasonContains);
    }

    /** Exit 2, nothing on stdout, and the reason on stderr with a pointer to {@code --help}. */
    static void assertUsageError(Outcome r, String... reasonContains) {
        assertThat(r.exitCode()).as("stdout: %s stderr: %s", r.out(), r.err()).isEqualTo(KioskCtl.EXIT_USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kioskctl: ").contains(reasonContains).contains("--help");
    }
}

package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;
import org.kiosk.sim.fingerprint.Fault;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.fingerprint.Instruction;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;

/** kioskctl fingerprint as a technician runs it, against the fingerprint module emulator over a socat pty pair. */
class FingerprintCommandTest {

    private static final List<String> INFO_KEYS = List.of("capacity", "securityLevel", "packetSize", "baud", "templateCount");
    private static final List<byte[]> CARD_TEMPLATES = CardLibrary.bundled().get("resident-fp2").fingerprints();
    private static final String PROMPT = "Place a finger on the sensor...\n";
    private static final String CAPTURED = "Usable fingerprint image captured.\n";
    /** Far beyond any wait the command is told to make: only a hang runs into it. */
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final int PASSWORD = 0xDEADBEEF;

    @RegisterExtension
    final PluggedDevices plugged = new PluggedDevices();
    private FingerprintModuleEmulator emulator;

    /** The emulator, set up by {@code settings}, on the device end of a fresh pty pair; returns the host end for {@code --port}. */
    private String moduleOnPty(UnaryOperator<FingerprintModuleEmulator.Builder> settings) throws IOException {
        PtyPair pty = plugged.pty();
        emulator = settings.apply(FingerprintModuleEmulator.builder().serial(pty.devicePath())).build();
        plugged.plug(emulator).start();
        return pty.hostPath().toString();
    }

    private String moduleOnPty() throws IOException {
        return moduleOnPty(UnaryOperator.identity());
    }

    private static Outcome fingerprint(String subcommand, String port, String... options) {
        List<String> args = new ArrayList<>(List.of("fingerprint", subcommand, "--port", port));
        args.addAll(List.of(options));
        return assertTimeoutPreemptively(HANG, () -> kioskctl(args.toArray(String[]::new)));
    }

    private static Map<String, Object> infoJson(String port, String... options) {
        List<String> withJson = new ArrayList<>(List.of(options));
        withJson.add("--json");
        Map<String, Object> info = succeededWithJson(fingerprint("info", port, withJson.toArray(String[]::new)));
        assertThat(info).containsOnlyKeys(INFO_KEYS);
        return info;
    }

    /** Exit 1 after the prompt, and one {@code kioskctl: } line on stderr saying why. */
    private static void assertCaptureFailed(Outcome r, String... reasonContains) {
        assertThat(r.exitCode()).as("stdout: %s stderr: %s", r.out(), r.err()).isEqualTo(KioskCtl.EXIT_FAILED);
        assertThat(r.out()).isEqualTo(PROMPT);
        assertThat(r.err()).startsWith("kioskctl: no usable image: ").endsWith("\n").containsOnlyOnce("\n")
                .contains(reasonContains);
    }

    @Nested
    class Info {

        @Test
        void aFactoryModuleAsJson() throws Exception {
            Map<String, Object> info = infoJson(moduleOnPty());

            assertThat(info).containsEntry("capacity", 300).containsEntry("securityLevel", 3)
                    .containsEntry("packetSize", 128).containsEntry("baud", 57600).containsEntry("templateCount", 0);
        }

        @Test
        void storedTemplatesAreCounted() throws Exception {
            String port = moduleOnPty(m -> m.template(0, CARD_TEMPLATES.get(0)).template(7, CARD_TEMPLATES.get(1)));

            assertThat(infoJson(port)).containsEntry("templateCount", 2);
        }

        @Test
        void aModuleSetUpOtherwiseReportsItsOwnParametersAtTheBaudGiven() throws Exception {
            String port = moduleOnPty(m -> m.capacity(1000).securityLevel(5).packetSize(256).baud(115200)
                    .template(999, CARD_TEMPLATES.get(0)));

            assertThat(infoJson(port, "--baud", "115200")).containsEntry("capacity", 1000)
                    .containsEntry("securityLevel", 5).containsEntry("packetSize", 256).containsEntry("baud", 115200)
                    .containsEntry("templateCount", 1);
        }

        @Test
        void withoutJsonEachValueIsOneLabelledLine() throws Exception {
            Outcome r = fingerprint("info", moduleOnPty(m -> m.template(3, CARD_TEMPLATES.get(0))));

            assertSucceeded(r);
            assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(':'))).toList())
                    .containsExactlyElementsOf(INFO_KEYS);
            assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("capacity:\\s+300"))
                    .anySatisfy(l -> assertThat(l).matches("securityLevel:\\s+3"))
                    .anySatisfy(l -> assertThat(l).matches("packetSize:\\s+128"))
                    .anySatisfy(l -> assertThat(l).matches("baud:\\s+57600"))
                    .anySatisfy(l -> assertThat(l).matches("templateCount:\\s+1"));
        }
    }

    @Nested
    class Password {

        @Test
        void theRightPasswordInHexOrDecimal() throws Exception {
            String port = moduleOnPty(m -> m.password(PASSWORD));

            assertThat(infoJson(port, "--password", "0xDEADBEEF")).containsEntry("capacity", 300);
            assertThat(infoJson(port, "--password", "0xdeadbeef")).containsEntry("capacity", 300);
            assertThat(infoJson(port, "--password", "3735928559")).containsEntry("capacity", 300);
        }

        @Test
        void noPasswordForAModuleThatHasOne() throws Exception {
            assertFailedInOneLine(fingerprint("info", moduleOnPty(m -> m.password(PASSWORD)), "--json"),
                    "fingerprint module not usable", "WRONG_PASSWORD");
        }

        @Test
        void aWrongPasswordIsNamedAndNoCaptureIsTried() throws Exception {
            String port = moduleOnPty(m -> m.password(PASSWORD));
            emulator.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATES.get(0)));

            assertFailedInOneLine(fingerprint("info", port, "--password", "0xDEADBEEE"), "WRONG_PASSWORD");
            assertFailedInOneLine(fingerprint("capture-test", port, "--password", "1"), "WRONG_PASSWORD");
        }
    }

    @Nested
    class CaptureTest {

        @Test
        void aFingerOnTheSensorGivesAUsableImageAndNothingIsKept() throws Exception {
            String port = moduleOnPty();
            emulator.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATES.get(0)));

            Outcome r = fingerprint("capture-test", port, "--timeout", "2s");

            assertSucceeded(r);
            assertThat(r.out()).isEqualTo(PROMPT + CAPTURED);
            assertThat(emulator.templateCount()).isZero();
        }

        @Test
        void anyFingerWillDoOnAModuleWithAPassword() throws Exception {
            String port = moduleOnPty(m -> m.password(PASSWORD));
            emulator.finger(FingerprintModuleEmulator.strangerFinger());

            Outcome r = fingerprint("capture-test", port, "--password", "0xdeadbeef");

            assertSucceeded(r);
            assertThat(r.out()).isEqualTo(PROMPT + CAPTURED);
        }

        @Test
        void noFingerTimesOut() throws Exception {
            String port = moduleOnPty();
            emulator.noFinger();

            assertCaptureFailed(fingerprint("capture-test", port, "--timeout", "1"), "TIMED_OUT", "no finger within 1 s");
        }

        @Test
        void aSubSecondTimeoutIsReportedAsGiven() throws Exception {
            assertCaptureFailed(fingerprint("capture-test", moduleOnPty(), "--timeout", "300ms"),
                    "TIMED_OUT", "no finger within 300 ms");
        }

        @ParameterizedTest
        @ValueSource(ints = {0x06, 0x07})
        void aPoorImageIsNotUsable(int code) throws Exception {
            String port = moduleOnPty();
            emulator.poorImage(code);

            assertCaptureFailed(fingerprint("capture-test", port, "--timeout", "2s"), "POOR_IMAGE",
                    String.format("answered %02X", code));
        }

        @Test
        void aSensorThatFailsToCapture() throws Exception {
            String port = moduleOnPty();
            emulator.finger(FingerprintModuleEmulator.strangerFinger());
            emulator.injectPersistent(Fault.confirmation(0x03).on(Instruction.GEN_IMG));

            assertCaptureFailed(fingerprint("capture-test", port, "--timeout", "2s"), "CAPTURE_FAILED");
        }
    }

    @Nested
    class Unreachable {

        @Test
        void aPortThatDoesNotExist() {
            assertFailedInOneLine(fingerprint("info", "/nonexistent", "--connect-timeout", "1s"),
                    "fingerprint module not reachable", "serial:/nonexistent", "1 s");
            assertFailedInOneLine(fingerprint("capture-test", "/nonexistent", "--connect-timeout", "300ms"),
                    "fingerprint module not reachable", "within 300 ms");
        }

        @Test
        void aModuleThatNeverAnswers() throws Exception {
            String port = moduleOnPty();
            emulator.injectPersistent(Fault.silent());

            assertFailedInOneLine(fingerprint("info", port, "--connect-timeout", "2s", "--json"), "not reachable", port);
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void noPort() {
            assertUsageError(kioskctl("fingerprint", "info", "--json"), "--port");
            assertUsageError(kioskctl("fingerprint", "capture-test"), "--port");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "fast", "57600.5", "99999999999", "4800", "19200x", "230400"})
        void aBaudTheModuleCannotRunAt(String baud) {
            assertUsageError(kioskctl("fingerprint", "info", "--port", "/dev/ttyUSB0", "--baud", baud), "--baud", baud);
            assertUsageError(kioskctl("fingerprint", "capture-test", "--port", "/dev/ttyUSB0", "--baud", baud), "--baud", baud);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0s", "-1s", "soon", "1.5s", "3601s"})
        void aTimeoutThatIsNotADurationUpToAnHour(String timeout) {
            assertUsageError(kioskctl("fingerprint", "capture-test", "--port", "/dev/ttyUSB0", "--timeout", timeout),
                    "--timeout", timeout);
            assertUsageError(kioskctl("fingerprint", "info", "--port", "/dev/ttyUSB0", "--connect-timeout", timeout),
                    "--connect-timeout", timeout);
        }

        @Test
        void infoWaitsForNoFinger() {
            assertUsageError(kioskctl("fingerprint", "info", "--port", "/dev/ttyUSB0", "--timeout", "5s"), "--timeout");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "4294967296", "0x", "0x1FFFFFFFF", "0xDEADBEEG", "secret", "12ab", "1e3", " "})
        void aPasswordThatIsNot32Bits(String password) {
            assertUsageError(kioskctl("fingerprint", "info", "--port", "/dev/ttyUSB0", "--password", password),
                    "--password", "'" + password + "'");
        }

        @Test
        void noSubcommand() {
            assertUsageError(kioskctl("fingerprint"), "Missing required subcommand");
        }
    }

    @Nested
    class Help {

        @Test
        void captureTestSaysHowLongItWaitsAndForWhat() {
            Outcome r = kioskctl("fingerprint", "capture-test", "--help");

            assertSucceeded(r);
            assertThat(r.out()).startsWith("Usage: kioskctl fingerprint capture-test");
            assertThat(r.out().replaceAll("\\s+", " ")).contains("--port=PATH", "--baud=BAUD", "--password=PASSWORD", "decimal or 0x-hex",
                            "--connect-timeout=DURATION", "--timeout=DURATION", "wait for a finger", "15s or 500ms",
                            "(default 15s)", "(default 57600)", "Nothing is kept");
        }

        @Test
        void infoNamesWhatItReports() {
            Outcome r = kioskctl("fingerprint", "info", "--help");

            assertSucceeded(r);
            assertThat(r.out()).startsWith("Usage: kioskctl fingerprint info");
            assertThat(r.out().replaceAll("\\s+", " ")).contains("--port=PATH", "--json", "--connect-timeout", "capacity, security level, packet size, baud")
                    .doesNotContain("--timeout=");
        }
    }
}

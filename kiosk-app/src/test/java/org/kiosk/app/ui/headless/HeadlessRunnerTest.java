package org.kiosk.app.ui.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.KioskApplication;

/**
 * The kiosk's command line, as {@code scripts/kiosk} runs it, in its own JVM on the simulated devices: a journey
 * saves its screenshots and exits 0 at its end; an unknown journey exits 2; {@code --serve} stays up until stopped.
 */
class HeadlessRunnerTest {

    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                KioskApplication.class.getName()));
        command.addAll(List.of(args));
        command.add("--kiosk.output-dir=" + dir.resolve("out"));
        command.add("--kiosk.data-dir=" + dir.resolve("data"));
        command.add("--kiosk.print-sample-on-start=false");
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        return output;
    }

    @Test
    void theTimeoutJourneyReachesItsEndAndSavesEveryScreen() throws Exception {
        Process process = start("--headless", "--journey", "timeout");
        String output = finish(process);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("journey timeout: screenshots in ").contains("journey timeout reached its end");
        Path journeys = dir.resolve("out").resolve("journeys");
        try (Stream<Path> files = Files.walk(journeys)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .containsExactlyInAnyOrder("001-identity-summary.png", "002-timeout-warning.png", "003-take-card.png",
                            "004-home.png");
        }
        assertThat(output).doesNotContain("张三丰").doesNotContain("440524188001010014");
    }

    /** The platform simulator starts beside the kiosk's context; the check-in works whatever the hour and day. */
    @Test
    void theAppointmentJourneyChecksInOnTheSimulatedStackAtAnyHour() throws Exception {
        Process process = start("--headless", "--journey", "appointment", "--kiosk.simulation.platform=true",
                "--management.server.port=0", "--logging.file.name=" + dir.resolve("kiosk.log"));
        String output = finish(process);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("the platform simulator booked appointment").contains("checked in, queue number")
                .contains("journey appointment reached its end");
        assertThat(dir.resolve("data").resolve("platform-sim").resolve("platform.db")).isRegularFile();
    }

    /** The simulator started beside the kiosk's context is stopped when that context fails, so the process ends. */
    @Test
    void aWrongSettingOnTheSimulatedStackEndsTheProcessNamingTheKey() throws Exception {
        Process process = start("--headless", "--serve", "--kiosk.simulation.platform=true", "--kiosk.ops.heartbeat-interval=0s",
                "--management.server.port=0", "--logging.file.name=" + dir.resolve("kiosk.log"));
        String output = finish(process);
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("kiosk.ops.heartbeat-interval");
    }

    @Test
    void anUnknownJourneyIsAWrongCommandLine() throws Exception {
        Process process = start("--headless", "--journey", "no-such-journey");
        String output = finish(process);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown journey 'no-such-journey'").contains("tour").contains("timeout");
    }

    @Test
    void serveStaysUpUntilStopped() throws Exception {
        Process process = start("--headless", "--serve");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean serving = false;
            while (!serving && (line = lines.readLine()) != null) {
                serving = line.contains("The screens run headless");
            }
            assertThat(serving).as("the kiosk said it serves").isTrue();
            assertThat(process.isAlive()).isTrue();
            process.destroy();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }
}

package org.kiosk.benchmarks;

import org.kiosk.platform.client.KioskCredentials;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Round trips of the platform client against the platform simulator over HTTPS with mutual TLS, the simulator running
 * as its own process (its executable jar) with its SQLite file in a temporary folder: a new application (a case
 * written with {@code synchronous=FULL}), the same application again (the stored answer replayed) and a case status
 * lookup. Each round is one request on a kept-alive connection.
 */
public final class PlatformSubmitLatency {

    static final String USAGE = "usage: PlatformSubmitLatency --sim-jar platform-sim/target/platform-sim-exec.jar [--rounds N] [--warmup N]";
    private static final Pattern STARTED = Pattern.compile("Platform simulator on (https://\\S+) ");
    private static final String MATTER = "1144010000749982812000110003000";

    record Settings(Path simJar, int rounds, int warmupRounds) {
    }

    public record Report(Settings settings, Stats submit, Stats replay, Stats status) {
    }

    private PlatformSubmitLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "platform round trips", PlatformSubmitLatency::parse, PlatformSubmitLatency::measure,
                PlatformSubmitLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--sim-jar", "--rounds", "--warmup");
        Path jar = Path.of(options.getOrDefault("--sim-jar", "platform-sim/target/platform-sim-exec.jar"));
        Settings settings = new Settings(jar, LatencyHarness.integer(options, "--rounds", 200), LatencyHarness.integer(options, "--warmup", 50));
        LatencyHarness.requireRounds(settings.rounds(), settings.warmupRounds());
        return settings;
    }

    static Report measure(Settings settings) throws IOException, MeasurementException, InterruptedException {
        if (!Files.isRegularFile(settings.simJar())) {
            throw new MeasurementException("no simulator jar at " + settings.simJar() + " (build it: mvn -pl platform-sim -am package)");
        }
        Path data = Files.createTempDirectory("platform-bench");
        Process simulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", settings.simJar().toString(), "--port", "0", "--data", data.resolve("sim").toString())
                .redirectErrorStream(true).start();
        try {
            URI uri = awaitStart(simulator);
            PlatformClient kiosk = enrolled(uri, data);
            byte[] application = application();
            String[] lastCase = new String[1];
            int[] sequence = {0};
            Stats submit = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                String key = "bench-" + sequence[0]++;
                long start = System.nanoTime();
                lastCase[0] = accepted(submit(kiosk, key, application));
                return System.nanoTime() - start;
            });
            Stats replay = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                long start = System.nanoTime();
                accepted(submit(kiosk, "bench-0", application));
                return System.nanoTime() - start;
            });
            Stats status = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                long start = System.nanoTime();
                try {
                    kiosk.caseStatus(lastCase[0]);
                } catch (PlatformException e) {
                    throw new MeasurementException("status lookup failed: " + e.getMessage());
                }
                return System.nanoTime() - start;
            });
            return new Report(settings, submit, replay, status);
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static URI awaitStart(Process simulator) throws IOException, MeasurementException {
        BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "platform-sim-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(started.group(1));
            }
        }
        throw new MeasurementException("the simulator stopped before it listened");
    }

    private static PlatformClient enrolled(URI uri, Path data) throws IOException, MeasurementException {
        Path sim = data.resolve("sim");
        char[] simPassword = "platform-sim".toCharArray();
        char[] password = "bench".toCharArray();
        try {
            PlatformClient enrolment = PlatformClient.builder(uri).trustOnly(sim.resolve("truststore.p12"), simPassword).build();
            String key = Files.readString(sim.resolve("provisioning-key")).trim();
            KioskCredentials.enrol(enrolment, key, "kiosk-bench", data.resolve("kiosk.p12"), password, data.resolve("trust.p12"), password);
            return PlatformClient.builder(uri).mutualTls(data.resolve("kiosk.p12"), password, data.resolve("trust.p12"), password).build();
        } catch (PlatformException e) {
            throw new MeasurementException("cannot enrol with the simulator: " + e.getMessage());
        }
    }

    private static SubmissionResult submit(PlatformClient kiosk, String key, byte[] application) throws MeasurementException {
        try {
            return kiosk.submit(key, application);
        } catch (PlatformUnavailableException e) {
            throw new MeasurementException("the simulator gave no answer: " + e.getMessage());
        }
    }

    private static String accepted(SubmissionResult result) throws MeasurementException {
        if (result instanceof SubmissionResult.Accepted accepted) {
            return accepted.caseNumber();
        }
        throw new MeasurementException("the simulator did not accept the benchmark application: " + result);
    }

    private static byte[] application() {
        ApplicationRequest request = new ApplicationRequest(MATTER, "GZ-TH-01", "zh-CN", Instant.now(),
                new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"),
                ApplicationRequest.IdentityVerification.NONE);
        return JsonMapper.builder().build().writeValueAsBytes(request);
    }

    static void print(Report report, PrintStream out) {
        out.printf("Platform client against platform-sim over mutual TLS (own process, SQLite synchronous=FULL): %d rounds after %d warm-up%n",
                report.settings().rounds(), report.settings().warmupRounds());
        String row = "%-44s %9.2f %10.2f %8.2f%n";
        out.printf("%-44s %9s %10s %8s%n", "", "mean ms", "median ms", "p95 ms");
        out.printf(row, "submit a new application (a case is made)", report.submit().meanMs(), report.submit().medianMs(), report.submit().p95Ms());
        out.printf(row, "submit it again (stored answer replayed)", report.replay().meanMs(), report.replay().medianMs(), report.replay().p95Ms());
        out.printf(row, "case status lookup", report.status().meanMs(), report.status().medianMs(), report.status().p95Ms());
    }
}

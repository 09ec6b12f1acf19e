package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.sim.PlatformSimulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durability test: the kiosk's submitter runs as a separate process, submitting 50 applications to the
 * platform simulator over HTTP on loopback while the simulator injects faults (500s, 503s with Retry-After, replies
 * cut off after the case was made), and is killed with {@code kill -9} at random moments and started again. At the
 * end the simulator holds each of the 50 exactly once, and the kiosk's store agrees, case number for case number.
 */
class OutboxDurabilityTest {

    private static final int APPLICATIONS = 50;
    /** Runs that are killed at a random moment, unless they drain first; then one runs to the end. */
    private static final int KILLS = 8;
    private static final int MIN_KILLS = 3;
    private static final long SEED = 20261127L;
    /** What the simulator does to each request: 15% fail with 500, 15% with 503 and Retry-After: 1, 15% are made cases whose reply is cut off. */
    private static final FaultSettings FAULTS = new FaultSettings(SEED, 5, 0.15, 0.15, 1, 0.15, false);

    @TempDir
    Path dir;

    @Test
    void eachApplicationBecomesExactlyOneCaseThroughFaultsAndKills() throws Exception {
        Path kiosk = dir.resolve("kiosk");
        Instant since = Instant.now();
        try (PlatformSimulator simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(dir.resolve("platform")))) {
            URI platform = simulator.devUri().orElseThrow();
            faults(platform, FAULTS);
            Random random = new Random(SEED);
            int kills = 0;
            boolean drained = false;
            while (!drained) {
                Process submitter = start(platform, kiosk, since);
                CompletableFuture<Boolean> finished = CompletableFuture.supplyAsync(() -> readsDrained(submitter));
                boolean killed = false;
                if (kills < KILLS) {
                    // a random moment within the run: while starting, accepting, sending, or waiting out a Retry-After
                    submitter.waitFor(200 + random.nextInt(1500), TimeUnit.MILLISECONDS);
                    if (submitter.isAlive()) {
                        submitter.destroyForcibly();
                        kills++;
                        killed = true;
                    }
                }
                assertThat(submitter.waitFor(120, TimeUnit.SECONDS)).as("the submitter ends").isTrue();
                if (!killed) {
                    assertThat(submitter.exitValue()).as("a submitter left to run exits normally").isZero();
                    assertThat(finished.get(10, TimeUnit.SECONDS)).as("and says it drained its outbox").isTrue();
                    drained = true;
                }
            }
            assertThat(kills).as("the submitter was killed along the way").isGreaterThanOrEqualTo(MIN_KILLS);

            Map<String, String> platformCases = cases(simulator.database());
            try (SqliteOutbox outbox = TestApplications.open(kiosk, Clock.systemUTC())) {
                List<OutboxRecord> records = outbox.all();
                assertThat(records).hasSize(APPLICATIONS);
                Set<Integer> numbers = new HashSet<>();
                Map<String, String> kioskCases = new HashMap<>();
                for (OutboxRecord r : records) {
                    assertThat(r.state()).as("application %s", r.localReference()).isEqualTo(OutboxState.ACKNOWLEDGED);
                    numbers.add(number(outbox.payload(r), since));
                    kioskCases.put(r.idempotencyKey().toString(), r.caseNumber().orElseThrow());
                }
                assertThat(numbers).as("each of the 50 applications is in the outbox once").hasSize(APPLICATIONS);
                assertThat(records.stream().mapToInt(OutboxRecord::attempts).sum()).as("faults and kills made the sender try again")
                        .isGreaterThan(APPLICATIONS);
                assertThat(platformCases).as("one case per application on the platform, the same as the kiosk recorded")
                        .hasSize(APPLICATIONS).isEqualTo(kioskCases);
            }
        }
    }

    private static Process start(URI platform, Path kiosk, Instant since) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OutboxSubmitterProcess.class.getName(),
                platform.toString(), kiosk.toString(), Integer.toString(APPLICATIONS), Long.toString(since.toEpochMilli()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean readsDrained(Process submitter) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(submitter.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("drained")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Which of the run's applications a payload is, by its submission time. */
    private static int number(byte[] payload, Instant since) {
        Instant submitted = Instant.parse(JsonMapper.builder().build().readTree(payload).path("submittedAt").asString());
        return (int) (submitted.getEpochSecond() - since.getEpochSecond());
    }

    private static void faults(URI platform, FaultSettings settings) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(platform.resolve("/admin/faults"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(JsonMapper.builder().build().writeValueAsBytes(settings))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("fault settings taken: %s", response.body()).isEqualTo(200);
    }

    /** The simulator's cases: idempotency key to case number, read from its database. */
    private static Map<String, String> cases(Path database) throws Exception {
        Map<String, String> cases = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement q = db.prepareStatement("SELECT idem_key, case_number FROM cases");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                assertThat(cases.put(rs.getString(1), rs.getString(2))).as("one case for key %s", rs.getString(1)).isNull();
            }
        }
        return cases;
    }
}

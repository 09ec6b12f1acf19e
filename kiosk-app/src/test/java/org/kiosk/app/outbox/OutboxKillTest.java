package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.storage.KioskDatabase;

/** A kiosk killed with {@code kill -9} while accepting loses no application whose {@code accept} had returned. */
class OutboxKillTest {

    private static final int KILL_AFTER = 150;

    @TempDir
    Path dir;

    @Test
    void everyAcceptedApplicationSurvivesAKillNineWithItsPayload() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OutboxAcceptProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Integer, String> accepted = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                accepted.put(Integer.parseInt(parts[1]), parts[2]);
                if (accepted.size() >= KILL_AFTER) {
                    // SIGKILL while the writer goes on accepting
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).as("the writer got going").hasSize(KILL_AFTER);

        try (SqliteOutbox outbox = TestApplications.open(dir, Clock.systemUTC())) {
            for (Map.Entry<Integer, String> e : accepted.entrySet()) {
                OutboxRecord record = outbox.byLocalReference(e.getValue()).orElseThrow(
                        () -> new AssertionError("accepted application " + e.getKey() + " lost"));
                assertThat(record.state()).isEqualTo(OutboxState.PENDING);
                assertThat(outbox.payload(record)).as("payload of application %d", e.getKey())
                        .isEqualTo(TestApplications.application(e.getKey()));
            }
            // nothing half-written: every row there is whole and opens
            for (OutboxRecord record : outbox.all()) {
                assertThat(record.localReference()).isNotNull();
                assertThat(outbox.payload(record)).isNotEmpty();
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + KioskDatabase.file(dir));
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}

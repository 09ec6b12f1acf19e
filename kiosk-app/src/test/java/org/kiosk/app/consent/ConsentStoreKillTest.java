package org.kiosk.app.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk killed with {@code kill -9} in the middle of writing loses no consent answer it had acknowledged. */
class ConsentStoreKillTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnswerSurvivesAKillNine() throws Exception {
        Path file = dir.resolve("kiosk.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ConsentWriterProcess.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.substring("recorded ".length()));
                if (acknowledged >= 200) {
                    // SIGKILL while the writer goes on writing
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("the writer got going").isGreaterThanOrEqualTo(200);

        try (SqliteConsentStore store = new SqliteConsentStore(file)) {
            for (int i = 0; i <= acknowledged; i++) {
                assertThat(store.latest("session-" + i, ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT))
                        .as("acknowledged answer %d", i).isPresent();
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}

package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.consent.SqliteConsentStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Storage health takes the real SQLite file's write lock: up when it can, down when the file is missing or locked. */
class StorageHealthIndicatorTest {

    @TempDir
    Path dir;

    @Test
    void theKiosksDatabaseIsUpWhenItsWriteLockCanBeTaken() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (SqliteConsentStore store = new SqliteConsentStore(file)) {
            Health health = new StorageHealthIndicator(file).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("file", "kiosk.db");
        }
    }

    @Test
    void aMissingFileIsDown() {
        Health health = new StorageHealthIndicator(dir.resolve("absent.db")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "the database file does not exist");
    }

    @Test
    void aWriteLockHeldElsewhereIsDown() throws Exception {
        Path file = dir.resolve("kiosk.db");
        new SqliteConsentStore(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            Health health = new StorageHealthIndicator(file).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) health.getDetails().get("reason")).startsWith("cannot take the database's write lock");
            statement.execute("ROLLBACK");
        }
    }
}

package org.kiosk.app.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the kiosk can write its SQLite file: takes the database's write lock ({@code BEGIN IMMEDIATE}) and lets it go
 * without writing. A read-only mount, a full-permission mistake or a lock held for too long all show as {@code DOWN}.
 */
public final class StorageHealthIndicator implements HealthIndicator {

    private static final int BUSY_TIMEOUT_MILLIS = 2_000;

    private final Path database;

    public StorageHealthIndicator(Path database) {
        this.database = database;
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("file", database.getFileName().toString());
        if (!Files.isRegularFile(database)) {
            return health.down().withDetail("reason", "the database file does not exist").build();
        }
        if (!Files.isWritable(database) || !Files.isWritable(database.toAbsolutePath().getParent())) {
            return health.down().withDetail("reason", "the database file or its directory is not writable").build();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
            return health.up().build();
        } catch (SQLException e) {
            return health.down().withDetail("reason", "cannot take the database's write lock: " + e.getMessage()).build();
        }
    }
}

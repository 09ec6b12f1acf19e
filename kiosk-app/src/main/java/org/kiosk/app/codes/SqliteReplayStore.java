package org.kiosk.app.codes;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.code.InMemoryReplayStore;
import org.kiosk.platform.code.ReplayStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-use codes already used, in the kiosk's SQLite file ({@link KioskDatabase}), so a restart of the kiosk
 * does not let a used code through again before it expires. When the file cannot be read or written the code is
 * refused ({@link Outcome#FULL}): refusing one citizen's code is recoverable, accepting a replay is not.
 */
public final class SqliteReplayStore implements ReplayStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqliteReplayStore.class);

    private final Connection db;
    private final int capacity;

    public SqliteReplayStore(Path file, int capacity) throws SQLException, IOException {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        db = KioskDatabase.open(file);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS used_code (id TEXT PRIMARY KEY, forget_at INTEGER NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS used_code_by_expiry ON used_code (forget_at)");
        }
    }

    public SqliteReplayStore(Path file) throws SQLException, IOException {
        this(file, InMemoryReplayStore.DEFAULT_CAPACITY);
    }

    @Override
    public synchronized Outcome markUsed(String id, Instant forgetAt, Instant now) {
        try {
            db.setAutoCommit(false);
            try {
                Outcome outcome = markUsedInTransaction(id, forgetAt, now);
                db.commit();
                return outcome;
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            log.error("The memory of used codes cannot be read or written ({}); the code is refused", e.getMessage());
            return Outcome.FULL;
        }
    }

    private Outcome markUsedInTransaction(String id, Instant forgetAt, Instant now) throws SQLException {
        try (PreparedStatement purge = db.prepareStatement("DELETE FROM used_code WHERE forget_at <= ?")) {
            purge.setLong(1, now.toEpochMilli());
            purge.executeUpdate();
        }
        try (PreparedStatement seen = db.prepareStatement("SELECT 1 FROM used_code WHERE id = ?")) {
            seen.setString(1, id);
            try (ResultSet rs = seen.executeQuery()) {
                if (rs.next()) {
                    return Outcome.REPLAYED;
                }
            }
        }
        if (size() >= capacity) {
            return Outcome.FULL;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO used_code (id, forget_at) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, forgetAt.toEpochMilli());
            insert.executeUpdate();
        }
        return Outcome.FIRST_USE;
    }

    /** The codes remembered now, expired ones included until the next use purges them. */
    public synchronized int size() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM used_code")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}

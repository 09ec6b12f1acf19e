package org.kiosk.app.consent;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.kiosk.app.storage.KioskDatabase;

/**
 * Consent records in the kiosk's SQLite file ({@link KioskDatabase}), so a record acknowledged survives a power cut
 * or a {@code kill -9}.
 */
public final class SqliteConsentStore implements ConsentStore, AutoCloseable {

    private final Connection db;

    public SqliteConsentStore(Path file) throws ConsentStoreException {
        try {
            db = KioskDatabase.open(file);
            try (Statement s = db.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS consent_record (
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          purpose TEXT NOT NULL,
                          method TEXT NOT NULL,
                          decided_at TEXT NOT NULL,
                          kiosk_id TEXT NOT NULL,
                          session_id TEXT NOT NULL,
                          decision TEXT NOT NULL)""");
                s.execute("CREATE INDEX IF NOT EXISTS consent_by_session ON consent_record (session_id, purpose, method)");
            }
        } catch (SQLException | IOException e) {
            throw new ConsentStoreException("cannot open the consent store at " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void record(ConsentRecord r) throws ConsentStoreException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO consent_record (purpose, method, decided_at, kiosk_id, session_id, decision) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, r.purpose().name());
            insert.setString(2, r.method().name());
            insert.setString(3, r.decidedAt().toString());
            insert.setString(4, r.kioskId());
            insert.setString(5, r.sessionId());
            insert.setString(6, r.decision().name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ConsentStoreException("cannot record a consent answer: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<ConsentRecord> latest(String sessionId, ConsentRecord.Purpose purpose, ConsentRecord.Method method)
            throws ConsentStoreException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT decided_at, kiosk_id, decision FROM consent_record
                WHERE session_id = ? AND purpose = ? AND method = ? ORDER BY id DESC LIMIT 1""")) {
            query.setString(1, sessionId);
            query.setString(2, purpose.name());
            query.setString(3, method.name());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ConsentRecord(purpose, method, Instant.parse(rs.getString(1)), rs.getString(2), sessionId,
                        ConsentRecord.Decision.valueOf(rs.getString(3))));
            }
        } catch (SQLException | RuntimeException e) {
            throw new ConsentStoreException("cannot read consent answers: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing left to save
        }
    }
}

package org.kiosk.app.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.MatterList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last catalogue accepted from the platform, in the kiosk's SQLite file ({@link KioskDatabase}), so that a restart
 * with the platform unreachable offers it rather than the bundled one. One row, replaced on each accepted change; it
 * holds the platform's public catalogue only, no personal data.
 */
public final class StoredCatalogue implements AutoCloseable {

    /** The platform's matters as accepted, and when they were fetched. */
    public record Copy(Instant fetchedAt, List<Matter> matters) {
        public Copy {
            matters = List.copyOf(matters);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Connection db;

    public StoredCatalogue(Path file) throws SQLException, IOException {
        db = KioskDatabase.open(file);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS platform_catalogue (id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " fetched_at INTEGER NOT NULL, matters BLOB NOT NULL)");
        }
    }

    /** Replaces the stored copy. */
    public synchronized void save(Copy copy) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT OR REPLACE INTO platform_catalogue (id, fetched_at, matters) VALUES (1, ?, ?)")) {
            insert.setLong(1, copy.fetchedAt().toEpochMilli());
            insert.setBytes(2, JSON.writeValueAsBytes(new MatterList(copy.matters())));
            insert.executeUpdate();
        }
    }

    /** The stored copy; empty when none was ever saved. */
    public synchronized Optional<Copy> load() throws SQLException, CatalogueException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT fetched_at, matters FROM platform_catalogue WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Instant fetchedAt = Instant.ofEpochMilli(rs.getLong(1));
            try {
                MatterList list = JSON.readValue(rs.getBytes(2), MatterList.class);
                if (list == null || list.matters() == null) {
                    throw new CatalogueException("the stored catalogue has no matters");
                }
                return Optional.of(new Copy(fetchedAt, list.matters()));
            } catch (JacksonException e) {
                throw new CatalogueException("the stored catalogue is unreadable: " + e.getOriginalMessage(), e);
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }
}

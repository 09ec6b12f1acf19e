package org.kiosk.app.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.service.ServiceRating;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service ratings kept in the kiosk's database with the case number or provisional reference (nothing personal),
 * marked unsent: the platform API has no rating endpoint yet, so they wait for one.
 */
public final class StoredRatings implements ServiceRating {

    private static final Logger log = LoggerFactory.getLogger(StoredRatings.class);

    private final Path database;
    private final String kioskId;
    private final Clock clock;

    public StoredRatings(Path database, String kioskId, Clock clock) throws SQLException, IOException {
        this.database = database;
        this.kioskId = kioskId;
        this.clock = clock;
        try (Connection db = KioskDatabase.open(database); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS service_rating (reference TEXT NOT NULL, level TEXT NOT NULL, "
                    + "kiosk_id TEXT NOT NULL, rated_at TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0)");
        }
    }

    @Override
    public void rate(String reference, Level level) {
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO service_rating (reference, level, kiosk_id, rated_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, reference);
            insert.setString(2, level.name());
            insert.setString(3, kioskId);
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        } catch (SQLException | IOException e) {
            // a lost rating costs the citizen nothing; the journey goes on
            log.warn("rating for {} not stored: {}", reference, e.getMessage());
        }
    }

    /** How many ratings wait to be sent, for operations. */
    public int unsent() throws SQLException, IOException {
        try (Connection db = KioskDatabase.open(database); Statement s = db.createStatement();
             var rows = s.executeQuery("SELECT count(*) FROM service_rating WHERE sent = 0")) {
            return rows.getInt(1);
        }
    }
}

package org.kiosk.app.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.ServiceRating;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service ratings: recorded in the kiosk's database with the case number or the provisional reference (nothing
 * personal), and sent to the platform with the case number at once when there is one and the platform answers;
 * otherwise they stay marked unsent. The work runs on the executor: the citizen's visit ends without waiting for it.
 */
public final class StoredRatings implements ServiceRating {

    private static final Logger log = LoggerFactory.getLogger(StoredRatings.class);

    private final Path database;
    private final Optional<PlatformClient> platform;
    private final String kioskId;
    private final Clock clock;
    private final Executor executor;

    public StoredRatings(Path database, Optional<PlatformClient> platform, String kioskId, Clock clock, Executor executor)
            throws SQLException, IOException {
        this.executor = executor;
        this.database = database;
        this.platform = platform;
        this.kioskId = kioskId;
        this.clock = clock;
        try (Connection db = KioskDatabase.open(database); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS service_rating (reference TEXT NOT NULL, level TEXT NOT NULL, "
                    + "kiosk_id TEXT NOT NULL, rated_at TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0)");
        }
    }

    @Override
    public void rate(Applications.Submission submission, Level level) {
        executor.execute(() -> record(submission, level));
    }

    private void record(Applications.Submission submission, Level level) {
        boolean sent = submission.caseNumber().map(caseNumber -> send(caseNumber, level)).orElse(false);
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO service_rating (reference, level, kiosk_id, rated_at, sent) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, submission.reference());
            insert.setString(2, level.name());
            insert.setString(3, kioskId);
            insert.setString(4, clock.instant().toString());
            insert.setInt(5, sent ? 1 : 0);
            insert.executeUpdate();
        } catch (SQLException | IOException e) {
            // a lost rating costs the citizen nothing; the visit goes on
            log.warn("rating for {} not stored: {}", submission.reference(), e.getMessage());
        }
    }

    private boolean send(String caseNumber, Level level) {
        if (platform.isEmpty()) {
            return false;
        }
        try {
            platform.get().rate(caseNumber, new org.kiosk.platform.model.ServiceRating(
                    org.kiosk.platform.model.ServiceRating.Level.valueOf(level.name())));
            return true;
        } catch (PlatformException e) {
            log.info("rating for {} not sent: {}", caseNumber, e.getMessage());
            return false;
        }
    }

    /** How many ratings wait to be sent (for operations), or were sent. */
    public int count(boolean sent) throws SQLException, IOException {
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM service_rating WHERE sent = ?")) {
            query.setInt(1, sent ? 1 : 0);
            try (ResultSet rows = query.executeQuery()) {
                return rows.getInt(1);
            }
        }
    }
}

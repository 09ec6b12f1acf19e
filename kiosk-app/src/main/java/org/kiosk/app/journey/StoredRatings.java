package org.kiosk.app.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.ServiceRating;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service ratings: recorded in the kiosk's database with the case number or the provisional reference (nothing
 * personal), and sent to the platform with the case number at once when there is one and the platform answers;
 * otherwise they stay marked unsent and {@link #resendUnsent} sends them later: a provisional receipt's rating once
 * the outbox has the case number for its reference. The work runs on the executor: the citizen's visit ends without
 * waiting for it.
 */
public final class StoredRatings implements ServiceRating, AutoCloseable {

    /** The case number the platform gave the application with this local reference, once it has. */
    @FunctionalInterface
    public interface CaseNumbers {
        Optional<String> of(String localReference);

        CaseNumbers NONE = localReference -> Optional.empty();
    }

    /** The {@code sent} column's values: waiting to be sent, taken by the platform, or refused by it for good. */
    private enum Delivery {
        WAITING(0), SENT(1), REFUSED(2);

        final int column;

        Delivery(int column) {
            this.column = column;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(StoredRatings.class);

    private final Path database;
    private final Optional<PlatformClient> platform;
    private final CaseNumbers caseNumbers;
    private final String kioskId;
    private final Clock clock;
    private final Executor executor;
    private final ScheduledExecutorService resender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("rating-resend").factory());

    public StoredRatings(Path database, Optional<PlatformClient> platform, CaseNumbers caseNumbers, String kioskId, Clock clock,
            Executor executor) throws SQLException, IOException {
        this.executor = executor;
        this.database = database;
        this.platform = platform;
        this.caseNumbers = caseNumbers;
        this.kioskId = kioskId;
        this.clock = clock;
        try (Connection db = KioskDatabase.open(database); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS service_rating (reference TEXT NOT NULL, level TEXT NOT NULL, "
                    + "kiosk_id TEXT NOT NULL, rated_at TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0, case_number TEXT)");
            if (!hasColumn(db, "case_number")) {
                // a database written before ratings were re-sent
                s.execute("ALTER TABLE service_rating ADD COLUMN case_number TEXT");
            }
        }
    }

    /** Tries the unsent ratings every {@code interval} until closed. */
    public void resendEvery(Duration interval) {
        resender.scheduleWithFixedDelay(() -> {
            try {
                resendUnsent();
            } catch (SQLException | IOException | RuntimeException e) {
                // the next round tries again: a failure here must not end the schedule
                log.warn("unsent ratings not read: {}", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void rate(Applications.Submission submission, Level level) {
        executor.execute(() -> record(submission, level));
    }

    private void record(Applications.Submission submission, Level level) {
        Optional<String> caseNumber = submission.caseNumber().or(() -> caseNumbers.of(submission.localReference()));
        Delivery delivery = caseNumber.map(number -> send(number, level)).orElse(Delivery.WAITING);
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement insert = db.prepareStatement("INSERT INTO service_rating "
                     + "(reference, level, kiosk_id, rated_at, sent, case_number) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, submission.reference());
            insert.setString(2, level.name());
            insert.setString(3, kioskId);
            insert.setString(4, clock.instant().toString());
            insert.setInt(5, delivery.column);
            insert.setString(6, caseNumber.orElse(null));
            insert.executeUpdate();
        } catch (SQLException | IOException e) {
            // a lost rating costs the citizen nothing; the visit goes on
            log.warn("rating for {} not stored: {}", submission.reference(), e.getMessage());
        }
    }

    /**
     * Sends the ratings not sent yet whose case number is known by now; stops at the first the platform does not
     * answer (the rest wait for the next round). A rating the platform refuses is not sent again.
     *
     * @return how many were sent
     */
    public int resendUnsent() throws SQLException, IOException {
        if (platform.isEmpty()) {
            return 0;
        }
        record Unsent(long row, String reference, Level level, Optional<String> caseNumber) {
        }
        List<Unsent> unsent = new ArrayList<>();
        try (Connection db = KioskDatabase.open(database); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT rowid, reference, level, case_number FROM service_rating WHERE sent = "
                     + Delivery.WAITING.column + " ORDER BY rowid")) {
            while (rows.next()) {
                unsent.add(new Unsent(rows.getLong(1), rows.getString(2), Level.valueOf(rows.getString(3)),
                        Optional.ofNullable(rows.getString(4))));
            }
        }
        int sent = 0;
        for (Unsent rating : unsent) {
            Optional<String> caseNumber = rating.caseNumber().or(() -> caseNumbers.of(rating.reference()));
            if (caseNumber.isEmpty()) {
                continue;
            }
            Delivery delivery = send(caseNumber.get(), rating.level());
            update(rating.row(), caseNumber.get(), delivery);
            if (delivery == Delivery.WAITING) {
                break;
            }
            if (delivery == Delivery.SENT) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("{} rating(s) sent after the visit", sent);
        }
        return sent;
    }

    private void update(long row, String caseNumber, Delivery delivery) throws SQLException, IOException {
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement update = db.prepareStatement("UPDATE service_rating SET sent = ?, case_number = ? WHERE rowid = ?")) {
            update.setInt(1, delivery.column);
            update.setString(2, caseNumber);
            update.setLong(3, row);
            update.executeUpdate();
        }
    }

    private Delivery send(String caseNumber, Level level) {
        if (platform.isEmpty()) {
            return Delivery.WAITING;
        }
        try {
            platform.get().rate(caseNumber, new org.kiosk.platform.model.ServiceRating(
                    org.kiosk.platform.model.ServiceRating.Level.valueOf(level.name())));
            return Delivery.SENT;
        } catch (PlatformRefusedException e) {
            // refused for good (e.g. the platform has no such case): sending it again would be refused again
            log.warn("rating for {} refused by the platform, not sent again: {}", caseNumber, e.getMessage());
            return Delivery.REFUSED;
        } catch (PlatformException e) {
            log.info("rating for {} not sent yet: {}", caseNumber, e.getMessage());
            return Delivery.WAITING;
        }
    }

    /** How many ratings wait to be sent (for operations), or were taken by the platform. */
    public int count(boolean sent) throws SQLException, IOException {
        try (Connection db = KioskDatabase.open(database);
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM service_rating WHERE sent = ?")) {
            query.setInt(1, (sent ? Delivery.SENT : Delivery.WAITING).column);
            try (ResultSet rows = query.executeQuery()) {
                return rows.getInt(1);
            }
        }
    }

    @Override
    public void close() {
        resender.shutdownNow();
    }

    private static boolean hasColumn(Connection db, String column) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet columns = s.executeQuery("PRAGMA table_info(service_rating)")) {
            while (columns.next()) {
                if (column.equals(columns.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }
}

package org.kiosk.app.outbox;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.client.SubmissionResult;

/**
 * Applications on their way to the platform, in the kiosk's SQLite file ({@link KioskDatabase}): each accepted in one
 * durable transaction with its payload sealed by AES-256-GCM, then moved through {@link OutboxState} by the
 * {@link OutboxSender}. Only the payload is personal; every other column is safe to show staff.
 */
public final class SqliteOutbox implements AutoCloseable {

    private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final String KEY_CHECK = "key-check";
    private static final String COLUMNS = """
            id, local_reference, idempotency_key, matter_code, state, attempts, next_attempt_at, last_error,
            rejection_reason, case_number, case_accepted_at, committed_date, tracking_code, accepted_at, updated_at,
            payload IS NOT NULL""";

    private final Connection db;
    private final PayloadCipher cipher;
    private final Clock clock;

    private SqliteOutbox(Connection db, PayloadCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Opens the outbox in {@code file}, with the key from {@code keystore}: created with the keystore at first start,
     * checked against the store afterwards.
     *
     * @throws OutboxKeyException when the store holds data but the keystore is missing, or holds another key
     * @throws OutboxException    when the file cannot be opened
     */
    public static SqliteOutbox open(Path file, OutboxKeystore keystore, Clock clock) throws OutboxException {
        Connection db;
        try {
            db = KioskDatabase.open(file);
        } catch (SQLException | IOException e) {
            throw new OutboxException("cannot open the outbox at " + file + ": " + e.getMessage(), e);
        }
        try {
            createTables(db);
            SecureRandom random = new SecureRandom();
            Optional<byte[]> check = meta(db, KEY_CHECK);
            SecretKey key;
            if (keystore.exists()) {
                key = keystore.load();
            } else if (check.isPresent() || count(db, "SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL") > 0) {
                throw new OutboxKeyException("the outbox in " + file + " holds encrypted applications but its keystore "
                        + keystore.keystore() + " is missing; restore the keystore (and its password file) from the kiosk's backup."
                        + " A new key would make those applications unreadable, so none is made");
            } else {
                key = keystore.create(random);
            }
            PayloadCipher cipher = new PayloadCipher(key, random);
            if (check.isEmpty()) {
                putMeta(db, KEY_CHECK, cipher.keyCheck());
            } else if (!cipher.opensKeyCheck(check.get())) {
                throw new OutboxKeyException("the key in " + keystore.keystore() + " is not the one the outbox in " + file
                        + " was written with; restore the kiosk's own keystore");
            }
            return new SqliteOutbox(db, cipher, clock);
        } catch (OutboxException e) {
            closeQuietly(db);
            throw e;
        } catch (SQLException e) {
            closeQuietly(db);
            throw new OutboxException("cannot prepare the outbox at " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS outbox (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      local_reference TEXT UNIQUE,
                      idempotency_key TEXT NOT NULL UNIQUE,
                      matter_code TEXT NOT NULL,
                      state TEXT NOT NULL,
                      attempts INTEGER NOT NULL DEFAULT 0,
                      next_attempt_at INTEGER NOT NULL,
                      last_error TEXT,
                      rejection_reason TEXT,
                      case_number TEXT,
                      case_accepted_at INTEGER,
                      committed_date TEXT,
                      tracking_code TEXT,
                      accepted_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL,
                      decided_at INTEGER,
                      payload BLOB)""");
            s.execute("CREATE INDEX IF NOT EXISTS outbox_by_state ON outbox (state, next_attempt_at, id)");
            s.execute("CREATE TABLE IF NOT EXISTS outbox_meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)");
        }
    }

    /**
     * Stores a new application and returns once the commit is on disk: from then on it survives a crash or power cut
     * and will reach the platform. The caller should wipe {@code application} afterwards.
     *
     * @param matterCode  the service matter (not personal data)
     * @param application the platform's JSON body, personal data included; stored only encrypted
     */
    public synchronized OutboxRecord accept(String matterCode, byte[] application) throws OutboxException {
        if (matterCode == null || !matterCode.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a matter code is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID key = UUID.randomUUID();
        try {
            db.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO outbox (idempotency_key, matter_code, state, next_attempt_at, accepted_at, updated_at)
                        VALUES (?, ?, 'PENDING', ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, key.toString());
                    insert.setString(2, matterCode);
                    insert.setLong(3, now.toEpochMilli());
                    insert.setLong(4, now.toEpochMilli());
                    insert.setLong(5, now.toEpochMilli());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                // the id is only known after the insert, and both the reference and the sealing depend on it
                String reference = localReference(id, now);
                try (PreparedStatement seal = db.prepareStatement("UPDATE outbox SET local_reference = ?, payload = ? WHERE id = ?")) {
                    seal.setString(1, reference);
                    seal.setBytes(2, cipher.seal(id, application));
                    seal.setLong(3, id);
                    seal.executeUpdate();
                }
                db.commit();
                return new OutboxRecord(id, reference, key, matterCode, OutboxState.PENDING, 0, now, null, null, null, now, now, true);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot store an application: " + e.getMessage(), e);
        }
    }

    /** {@code 20261127-000042}: the acceptance day on this kiosk's clock and the row's id, unique on this kiosk. */
    private String localReference(long id, Instant acceptedAt) {
        return REFERENCE_DATE.format(acceptedAt.atZone(clock.getZone())) + "-" + String.format("%06d", id);
    }

    /** The application printed on a provisional receipt as {@code localReference}, with its case number once known. */
    public synchronized Optional<OutboxRecord> byLocalReference(String localReference) throws OutboxException {
        return queryOne("SELECT " + COLUMNS + " FROM outbox WHERE local_reference = ?", localReference);
    }

    public synchronized Optional<OutboxRecord> find(long id) throws OutboxException {
        return queryOne("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", id);
    }

    /** The open record due earliest at {@code now}; among equals, the first accepted. */
    public synchronized Optional<OutboxRecord> nextDue(Instant now) throws OutboxException {
        return queryOne("SELECT " + COLUMNS + " FROM outbox WHERE state IN ('PENDING', 'SENT') AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
                now.toEpochMilli());
    }

    /** When the earliest open record becomes due; empty when nothing is open. */
    public synchronized Optional<Instant> nextAttemptTime() throws OutboxException {
        try (PreparedStatement q = db.prepareStatement("SELECT MIN(next_attempt_at) FROM outbox WHERE state IN ('PENDING', 'SENT')");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            long at = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    /** Records in {@code state}, oldest first. */
    public synchronized List<OutboxRecord> inState(OutboxState state) throws OutboxException {
        return queryAll("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY id", state.name());
    }

    /** Every record, oldest first. */
    public synchronized List<OutboxRecord> all() throws OutboxException {
        return queryAll("SELECT " + COLUMNS + " FROM outbox ORDER BY id");
    }

    /**
     * The application's payload, decrypted. Wipe it once sent.
     *
     * @throws PayloadUnreadableException if the stored ciphertext fails authentication
     * @throws OutboxException            if it is no longer held (retention passed) or cannot be read
     */
    public synchronized byte[] payload(OutboxRecord record) throws OutboxException {
        try (PreparedStatement q = db.prepareStatement("SELECT payload FROM outbox WHERE id = ?")) {
            q.setLong(1, record.id());
            try (ResultSet rs = q.executeQuery()) {
                byte[] sealed = rs.next() ? rs.getBytes(1) : null;
                if (sealed == null) {
                    throw new OutboxException("application " + record.localReference() + " no longer holds its payload");
                }
                return cipher.open(record.id(), sealed, record.localReference());
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot read the payload of application " + record.localReference() + ": " + e.getMessage(), e);
        }
    }

    /** Before handing it to the platform: counts the attempt; a crash from here on sends it again with the same key. */
    public synchronized OutboxRecord markSent(OutboxRecord record) throws OutboxException {
        Instant now = clock.instant();
        return transition(record, "UPDATE outbox SET state = 'SENT', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state IN ('PENDING', 'SENT')",
                now.toEpochMilli(), record.id());
    }

    /** The platform made it a case. */
    public synchronized OutboxRecord markAcknowledged(OutboxRecord record, SubmissionResult.Accepted platformCase) throws OutboxException {
        long now = clock.instant().toEpochMilli();
        return transition(record, """
                UPDATE outbox SET state = 'ACKNOWLEDGED', case_number = ?, case_accepted_at = ?, committed_date = ?, tracking_code = ?,
                  last_error = NULL, updated_at = ?, decided_at = ? WHERE id = ? AND state IN ('PENDING', 'SENT')""",
                platformCase.caseNumber(), platformCase.acceptedAt().toEpochMilli(), platformCase.committedCompletion().toString(),
                platformCase.trackingCode(), now, now, record.id());
    }

    /** The platform refused it for good, for {@code reasonCode}. */
    public synchronized OutboxRecord markRejected(OutboxRecord record, String reasonCode) throws OutboxException {
        long now = clock.instant().toEpochMilli();
        return transition(record, """
                UPDATE outbox SET state = 'REJECTED', rejection_reason = ?, last_error = NULL, updated_at = ?, decided_at = ?
                WHERE id = ? AND state IN ('PENDING', 'SENT')""", reasonCode, now, now, record.id());
    }

    /** No final answer this time: back to pending, to be tried at {@code nextAttemptAt}; {@code errorCode} says why. */
    public synchronized OutboxRecord markRetry(OutboxRecord record, Instant nextAttemptAt, String errorCode) throws OutboxException {
        return transition(record, """
                UPDATE outbox SET state = 'PENDING', next_attempt_at = ?, last_error = ?, updated_at = ?
                WHERE id = ? AND state IN ('PENDING', 'SENT')""",
                nextAttemptAt.toEpochMilli(), errorCode, clock.instant().toEpochMilli(), record.id());
    }

    /** Marks open records accepted {@code maxAge} or longer ago as expired, and returns them (to report to operations). */
    public synchronized List<OutboxRecord> expire(Duration maxAge) throws OutboxException {
        Instant now = clock.instant();
        long cutoff = now.minus(maxAge).toEpochMilli();
        try {
            db.setAutoCommit(false);
            try {
                List<OutboxRecord> expiring = queryAll("SELECT " + COLUMNS + " FROM outbox WHERE state IN ('PENDING', 'SENT') AND accepted_at <= ? ORDER BY id",
                        cutoff);
                try (PreparedStatement update = db.prepareStatement("""
                        UPDATE outbox SET state = 'EXPIRED', updated_at = ?, decided_at = ? WHERE state IN ('PENDING', 'SENT') AND accepted_at <= ?""")) {
                    update.setLong(1, now.toEpochMilli());
                    update.setLong(2, now.toEpochMilli());
                    update.setLong(3, cutoff);
                    update.executeUpdate();
                }
                db.commit();
                List<OutboxRecord> expired = new ArrayList<>();
                for (OutboxRecord r : expiring) {
                    expired.add(find(r.id()).orElseThrow());
                }
                return expired;
            } catch (SQLException | OutboxException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot expire old applications: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the payloads of applications acknowledged or rejected longer than {@code retention} ago; their other
     * columns stay, so a provisional receipt still resolves. Expired applications keep theirs: they were never sent.
     *
     * @return how many payloads were deleted
     */
    public synchronized int deletePayloads(Duration retention) throws OutboxException {
        long cutoff = clock.instant().minus(retention).toEpochMilli();
        try (PreparedStatement update = db.prepareStatement("""
                UPDATE outbox SET payload = NULL WHERE state IN ('ACKNOWLEDGED', 'REJECTED') AND decided_at <= ? AND payload IS NOT NULL""")) {
            update.setLong(1, cutoff);
            int deleted = update.executeUpdate();
            if (deleted > 0) {
                // secure_delete zeroed the pages in the new versions; the checkpoint overwrites the old ones in the file
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            return deleted;
        } catch (SQLException e) {
            throw new OutboxException("cannot delete old payloads: " + e.getMessage(), e);
        }
    }

    /** How many applications wait to be sent (pending or sent without an answer). */
    public synchronized int depth() throws OutboxException {
        try {
            return count(db, "SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENT')");
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    /** How long the oldest application still to be sent has waited; empty when none waits. */
    public synchronized Optional<Duration> oldestPendingAge() throws OutboxException {
        try (PreparedStatement q = db.prepareStatement("SELECT MIN(accepted_at) FROM outbox WHERE state IN ('PENDING', 'SENT')");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            long oldest = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(Duration.between(Instant.ofEpochMilli(oldest), clock.instant()));
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    /** How many records are in each state. */
    public synchronized Map<OutboxState, Integer> counts() throws OutboxException {
        Map<OutboxState, Integer> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState s : OutboxState.values()) {
            counts.put(s, 0);
        }
        try (PreparedStatement q = db.prepareStatement("SELECT state, COUNT(*) FROM outbox GROUP BY state");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                counts.put(OutboxState.valueOf(rs.getString(1)), rs.getInt(2));
            }
            return counts;
        } catch (SQLException | IllegalArgumentException e) {
            throw new OutboxException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    private OutboxRecord transition(OutboxRecord record, String sql, Object... parameters) throws OutboxException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            bind(update, parameters);
            if (update.executeUpdate() == 0) {
                OutboxState now = find(record.id()).map(OutboxRecord::state).orElse(null);
                throw new OutboxException("application " + record.localReference() + " is " + (now == null ? "gone" : now)
                        + ", no longer open to be sent");
            }
            return find(record.id()).orElseThrow();
        } catch (SQLException e) {
            throw new OutboxException("cannot update application " + record.localReference() + ": " + e.getMessage(), e);
        }
    }

    private Optional<OutboxRecord> queryOne(String sql, Object... parameters) throws OutboxException {
        List<OutboxRecord> found = queryAll(sql, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<OutboxRecord> queryAll(String sql, Object... parameters) throws OutboxException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, parameters);
            try (ResultSet rs = q.executeQuery()) {
                List<OutboxRecord> records = new ArrayList<>();
                while (rs.next()) {
                    records.add(record(rs));
                }
                return records;
            }
        } catch (SQLException | RuntimeException e) {
            throw new OutboxException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    private static OutboxRecord record(ResultSet rs) throws SQLException {
        String caseNumber = rs.getString(10);
        SubmissionResult.Accepted platformCase = caseNumber == null ? null : new SubmissionResult.Accepted(caseNumber,
                Instant.ofEpochMilli(rs.getLong(11)), LocalDate.parse(rs.getString(12)), rs.getString(13));
        return new OutboxRecord(rs.getLong(1), rs.getString(2), UUID.fromString(rs.getString(3)), rs.getString(4),
                OutboxState.valueOf(rs.getString(5)), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8),
                rs.getString(9), platformCase, Instant.ofEpochMilli(rs.getLong(14)), Instant.ofEpochMilli(rs.getLong(15)),
                rs.getBoolean(16));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            switch (parameters[i]) {
                case null -> statement.setNull(i + 1, Types.NULL);
                case Long l -> statement.setLong(i + 1, l);
                case String s -> statement.setString(i + 1, s);
                default -> throw new IllegalArgumentException("unsupported parameter type " + parameters[i].getClass());
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Optional<byte[]> meta(Connection db, String name) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM outbox_meta WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection db, String name, byte[] value) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_meta (name, value) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setBytes(2, value);
            insert.executeUpdate();
        }
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // the open already failed; that failure is the one reported
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }
}

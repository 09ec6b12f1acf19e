package org.kiosk.platform.sim;

import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.SimulatorStats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's storage: one SQLite file in WAL mode with {@code synchronous=FULL}, so an answered request survives
 * a {@code kill -9}. One connection, one caller at a time. It holds no personal data: an application is kept as its
 * case and the SHA-256 of its body. The code-signing keys are kept here unencrypted: they are a simulator's test keys.
 */
public final class Store implements AutoCloseable {

    private final Connection db;

    public Store(Path file) throws IOException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS idempotency (
                          kiosk_id TEXT NOT NULL,
                          idem_key TEXT NOT NULL,
                          body_sha256 TEXT NOT NULL,
                          state TEXT NOT NULL CHECK (state IN ('IN_FLIGHT', 'DONE')),
                          http_status INTEGER,
                          content_type TEXT,
                          response BLOB,
                          created_at TEXT NOT NULL,
                          PRIMARY KEY (kiosk_id, idem_key))""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS cases (
                          case_number TEXT PRIMARY KEY,
                          implementation_code TEXT NOT NULL,
                          centre_code TEXT NOT NULL,
                          kiosk_id TEXT NOT NULL,
                          idem_key TEXT NOT NULL,
                          status TEXT NOT NULL,
                          accepted_at TEXT NOT NULL,
                          committed_completion TEXT NOT NULL,
                          updated_at TEXT NOT NULL,
                          UNIQUE (kiosk_id, idem_key))""");
                s.execute("CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS appointments (
                          code TEXT PRIMARY KEY,
                          slot_id TEXT NOT NULL,
                          centre_code TEXT NOT NULL,
                          implementation_code TEXT NOT NULL,
                          start_at TEXT NOT NULL,
                          end_at TEXT NOT NULL,
                          status TEXT NOT NULL,
                          checked_in_at TEXT,
                          check_in_code TEXT NOT NULL)""");
                s.execute("CREATE INDEX IF NOT EXISTS appointments_by_slot ON appointments (slot_id, status)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS kiosks (
                          kiosk_id TEXT PRIMARY KEY,
                          certificate_serial TEXT NOT NULL,
                          enrolled_at TEXT NOT NULL,
                          not_after TEXT NOT NULL,
                          last_heartbeat_at TEXT,
                          last_status TEXT)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS signing_keys (
                          kid TEXT PRIMARY KEY,
                          private_key BLOB NOT NULL,
                          public_key BLOB NOT NULL,
                          created_at TEXT NOT NULL,
                          activates_at TEXT NOT NULL)""");
                // an application still in flight when the simulator stopped made no case (the case and the
                // idempotency record are written in one transaction): its retry processes it afresh
                s.execute("DELETE FROM idempotency WHERE state = 'IN_FLIGHT'");
            }
        } catch (SQLException e) {
            throw new IOException("cannot open the simulator's database " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- idempotency

    /** What the idempotency record of a key says about a new request with that key. */
    public sealed interface Claim {
        /** No request had this key: this one is now in flight and must be completed or released. */
        record Claimed() implements Claim {
        }

        record InFlight() implements Claim {
        }

        record DifferentBody() implements Claim {
        }

        record Done(int status, String contentType, byte[] response) implements Claim {
        }
    }

    /** Claims a key for a request; the primary key makes a concurrent duplicate see {@link Claim.InFlight}. */
    public synchronized Claim claim(String kioskId, String key, String bodySha256, Instant now) {
        try {
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT body_sha256, state, http_status, content_type, response FROM idempotency WHERE kiosk_id = ? AND idem_key = ?")) {
                q.setString(1, kioskId);
                q.setString(2, key);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        if (!rs.getString(1).equals(bodySha256)) {
                            return new Claim.DifferentBody();
                        }
                        if ("IN_FLIGHT".equals(rs.getString(2))) {
                            return new Claim.InFlight();
                        }
                        return new Claim.Done(rs.getInt(3), rs.getString(4), rs.getBytes(5));
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO idempotency (kiosk_id, idem_key, body_sha256, state, created_at) VALUES (?, ?, ?, 'IN_FLIGHT', ?)")) {
                insert.setString(1, kioskId);
                insert.setString(2, key);
                insert.setString(3, bodySha256);
                insert.setString(4, now.toString());
                insert.executeUpdate();
            }
            return new Claim.Claimed();
        } catch (SQLException e) {
            throw new StoreException("cannot claim an idempotency key", e);
        }
    }

    /** Records the final answer to a claimed key, and the case it made if any, in one transaction. */
    public synchronized void complete(String kioskId, String key, int status, String contentType, byte[] response, CaseStatus madeCase,
                                      String centreCode) {
        try {
            db.setAutoCommit(false);
            try {
                if (madeCase != null) {
                    try (PreparedStatement insert = db.prepareStatement("""
                            INSERT INTO cases (case_number, implementation_code, centre_code, kiosk_id, idem_key, status, accepted_at,
                              committed_completion, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                        insert.setString(1, madeCase.caseNumber());
                        insert.setString(2, madeCase.implementationCode());
                        insert.setString(3, centreCode);
                        insert.setString(4, kioskId);
                        insert.setString(5, key);
                        insert.setString(6, madeCase.status().name());
                        insert.setString(7, madeCase.acceptedAt().toString());
                        insert.setString(8, madeCase.committedCompletion().toString());
                        insert.setString(9, madeCase.updatedAt().toString());
                        insert.executeUpdate();
                    }
                }
                try (PreparedStatement update = db.prepareStatement("""
                        UPDATE idempotency SET state = 'DONE', http_status = ?, content_type = ?, response = ?
                        WHERE kiosk_id = ? AND idem_key = ? AND state = 'IN_FLIGHT'""")) {
                    update.setInt(1, status);
                    update.setString(2, contentType);
                    update.setBytes(3, response);
                    update.setString(4, kioskId);
                    update.setString(5, key);
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("the idempotency key was not in flight");
                    }
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the answer to an application", e);
        }
    }

    /** Forgets a claim whose processing failed unexpectedly, so that a retry processes the request afresh. */
    public synchronized void release(String kioskId, String key) {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM idempotency WHERE kiosk_id = ? AND idem_key = ? AND state = 'IN_FLIGHT'")) {
            delete.setString(1, kioskId);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot release an idempotency key", e);
        }
    }

    /** The next number of a named sequence, starting at 1. */
    public synchronized long next(String sequence) {
        try (PreparedStatement upsert = db.prepareStatement(
                "INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value")) {
            upsert.setString(1, sequence);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count " + sequence, e);
        }
    }

    public synchronized Optional<CaseStatus> findCase(String caseNumber) {
        try (PreparedStatement q = db.prepareStatement("""
                SELECT implementation_code, status, accepted_at, committed_completion, updated_at FROM cases WHERE case_number = ?""")) {
            q.setString(1, caseNumber);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CaseStatus(caseNumber, rs.getString(1), CaseStatus.Status.valueOf(rs.getString(2)),
                        Instant.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)), Instant.parse(rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a case", e);
        }
    }

    // ---- appointments

    /** Books when the slot has a place left; false when it is full. */
    public synchronized boolean book(Appointment appointment, int capacity) {
        try {
            try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM appointments WHERE slot_id = ? AND status <> 'CANCELLED'")) {
                count.setString(1, appointment.slotId());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= capacity) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO appointments (code, slot_id, centre_code, implementation_code, start_at, end_at, status, check_in_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, appointment.code());
                insert.setString(2, appointment.slotId());
                insert.setString(3, appointment.centreCode());
                insert.setString(4, appointment.implementationCode());
                insert.setString(5, appointment.start().toString());
                insert.setString(6, appointment.end().toString());
                insert.setString(7, appointment.status().name());
                insert.setString(8, appointment.checkInCode());
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new StoreException("cannot book an appointment", e);
        }
    }

    public synchronized int booked(String slotId) {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM appointments WHERE slot_id = ? AND status <> 'CANCELLED'")) {
            count.setString(1, slotId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count bookings", e);
        }
    }

    public synchronized Optional<Appointment> findAppointment(String code) {
        try (PreparedStatement q = db.prepareStatement("""
                SELECT slot_id, centre_code, implementation_code, start_at, end_at, status, checked_in_at, check_in_code
                FROM appointments WHERE code = ?""")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String checkedIn = rs.getString(7);
                return Optional.of(new Appointment(code, rs.getString(1), rs.getString(2), rs.getString(3), OffsetDateTime.parse(rs.getString(4)),
                        OffsetDateTime.parse(rs.getString(5)), Appointment.Status.valueOf(rs.getString(6)),
                        checkedIn == null ? null : Instant.parse(checkedIn), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read an appointment", e);
        }
    }

    /** Moves an appointment from one status to another; false when it was not in {@code from}. */
    public synchronized boolean transition(String code, Appointment.Status from, Appointment.Status to, Instant checkedInAt) {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE appointments SET status = ?, checked_in_at = coalesce(?, checked_in_at) WHERE code = ? AND status = ?")) {
            update.setString(1, to.name());
            update.setString(2, checkedInAt == null ? null : checkedInAt.toString());
            update.setString(3, code);
            update.setString(4, from.name());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot update an appointment", e);
        }
    }

    // ---- kiosks

    /** Records an enrolment; the kiosk's earlier certificate, if any, stops being accepted. */
    public synchronized void enrol(String kioskId, String certificateSerial, Instant enrolledAt, Instant notAfter) {
        try (PreparedStatement upsert = db.prepareStatement("""
                INSERT INTO kiosks (kiosk_id, certificate_serial, enrolled_at, not_after) VALUES (?, ?, ?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET certificate_serial = excluded.certificate_serial,
                  enrolled_at = excluded.enrolled_at, not_after = excluded.not_after""")) {
            upsert.setString(1, kioskId);
            upsert.setString(2, certificateSerial);
            upsert.setString(3, enrolledAt.toString());
            upsert.setString(4, notAfter.toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record an enrolment", e);
        }
    }

    public synchronized Optional<String> certificateSerial(String kioskId) {
        try (PreparedStatement q = db.prepareStatement("SELECT certificate_serial FROM kiosks WHERE kiosk_id = ?")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a kiosk", e);
        }
    }

    /** Keeps a kiosk's last heartbeat (its status summary as JSON) for the operations fleet view. */
    public synchronized void heartbeat(String kioskId, Instant at, String statusJson) {
        try (PreparedStatement update = db.prepareStatement("""
                INSERT INTO kiosks (kiosk_id, certificate_serial, enrolled_at, not_after, last_heartbeat_at, last_status)
                VALUES (?, '', ?, ?, ?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET last_heartbeat_at = excluded.last_heartbeat_at, last_status = excluded.last_status""")) {
            update.setString(1, kioskId);
            update.setString(2, at.toString());
            update.setString(3, at.toString());
            update.setString(4, at.toString());
            update.setString(5, statusJson);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record a heartbeat", e);
        }
    }

    /** A signing key as stored: PKCS#8 private key, X.509 public key, when it was made and when it starts signing. */
    public record StoredKey(String kid, byte[] privateKey, byte[] publicKey, Instant createdAt, Instant activatesAt) {
    }

    public synchronized List<StoredKey> signingKeys() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT kid, private_key, public_key, created_at, activates_at FROM signing_keys ORDER BY activates_at")) {
            List<StoredKey> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(new StoredKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5))));
            }
            return keys;
        } catch (SQLException e) {
            throw new StoreException("cannot read the signing keys", e);
        }
    }

    public synchronized void addSigningKey(StoredKey key) {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO signing_keys (kid, private_key, public_key, created_at, activates_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key.kid());
            insert.setBytes(2, key.privateKey());
            insert.setBytes(3, key.publicKey());
            insert.setString(4, key.createdAt().toString());
            insert.setString(5, key.activatesAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store a signing key", e);
        }
    }

    public synchronized void removeSigningKey(String kid) {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM signing_keys WHERE kid = ?")) {
            delete.setString(1, kid);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot remove a signing key", e);
        }
    }

    /** A kiosk's last heartbeat: when, and its status summary (JSON). */
    public record LastHeartbeat(Instant at, String statusJson) {
    }

    /** A kiosk as stored: enrolled (a certificate was issued) or not, and its last heartbeat if any. */
    public record KioskRow(String kioskId, boolean enrolled, Optional<LastHeartbeat> lastHeartbeat) {
    }

    public synchronized List<KioskRow> kiosks() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT kiosk_id, certificate_serial, last_heartbeat_at, last_status FROM kiosks ORDER BY kiosk_id")) {
            List<KioskRow> kiosks = new ArrayList<>();
            while (rs.next()) {
                String at = rs.getString(3);
                kiosks.add(new KioskRow(rs.getString(1), !rs.getString(2).isEmpty(),
                        at == null ? Optional.empty() : Optional.of(new LastHeartbeat(Instant.parse(at), rs.getString(4)))));
            }
            return kiosks;
        } catch (SQLException e) {
            throw new StoreException("cannot list the kiosks", e);
        }
    }

    public synchronized SimulatorStats stats() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM idempotency WHERE state = 'IN_FLIGHT'),
                            (SELECT count(*) FROM appointments), (SELECT count(*) FROM kiosks)""")) {
            rs.next();
            return new SimulatorStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw new StoreException("cannot count", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing at shutdown: every answer was committed when it was given
        }
    }

    /** The database failed; the request gets a 500 problem and nothing half-written stays. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}

package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.app.outbox.TestApplications.ID_NUMBER;
import static org.kiosk.app.outbox.TestApplications.MATTER;
import static org.kiosk.app.outbox.TestApplications.NAME;
import static org.kiosk.app.outbox.TestApplications.application;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.storage.KioskDatabase;

/** Payloads at rest: encrypted, bound to their row, and only opened with the kiosk's own key. */
class OutboxEncryptionTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T15:30:00Z"));

    @Test
    void neitherTheDatabaseNorItsWriteAheadLogHoldsTheNameOrIdNumber() throws Exception {
        Path db = KioskDatabase.file(dir);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            for (int i = 0; i < 20; i++) {
                outbox.accept(MATTER, application(i));
            }
            // while the kiosk runs, the newest pages live in the -wal file
            assertThat(wal).exists();
            assertNoPlaintext(wal);
            assertNoPlaintext(db);
        }
        assertNoPlaintext(db);
        if (Files.exists(wal)) {
            assertNoPlaintext(wal);
        }
    }

    private static void assertNoPlaintext(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as("%s has content", file.getFileName()).isPositive();
        for (String secret : List.of(NAME, ID_NUMBER, ID_NUMBER.substring(0, 14))) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                assertThat(indexOf(bytes, secret.getBytes(charset))).as("%s in %s of %s", charset, file.getFileName(),
                        secret.equals(NAME) ? "the name" : "the ID number").isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theSameApplicationIsSealedUnderADifferentNonceEachTime() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            outbox.accept(MATTER, application(1));
            outbox.accept(MATTER, application(1));
        }
        List<byte[]> sealed = payloads();
        assertThat(sealed).hasSize(2);
        assertThat(sealed.get(0)).hasSize(PayloadCipher.NONCE_BYTES + application(1).length + PayloadCipher.TAG_BITS / 8);
        assertThat(sealed.get(0)).isNotEqualTo(sealed.get(1));
    }

    @Test
    void anAlteredCiphertextIsDetected() throws Exception {
        OutboxRecord record;
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            record = outbox.accept(MATTER, application(1));
        }
        byte[] sealed = payloads().getFirst();
        sealed[sealed.length / 2] ^= 0x01;
        setPayload(record.id(), sealed);
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            assertThatThrownBy(() -> outbox.payload(record)).isInstanceOf(PayloadUnreadableException.class)
                    .hasMessageContaining("20261127-000001").hasMessageContaining("fails authentication");
        }
    }

    @Test
    void aCiphertextMovedToAnotherRowIsDetected() throws Exception {
        OutboxRecord first;
        OutboxRecord second;
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            first = outbox.accept(MATTER, application(1));
            second = outbox.accept(MATTER, application(2));
        }
        List<byte[]> sealed = payloads();
        setPayload(first.id(), sealed.get(1));
        setPayload(second.id(), sealed.get(0));
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            assertThatThrownBy(() -> outbox.payload(first)).isInstanceOf(PayloadUnreadableException.class);
            assertThatThrownBy(() -> outbox.payload(second)).isInstanceOf(PayloadUnreadableException.class);
        }
    }

    @Test
    void anotherKiosksKeystoreIsRefusedAtStart() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            outbox.accept(MATTER, application(1));
        }
        Path other = Files.createDirectories(dir.resolve("other"));
        TestApplications.open(other, clock).close();
        Files.copy(other.resolve("outbox-key.p12"), dir.resolve("outbox-key.p12"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(other.resolve("outbox-key.password"), dir.resolve("outbox-key.password"), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> TestApplications.open(dir, clock)).isInstanceOf(OutboxKeyException.class)
                .hasMessageContaining("is not the one the outbox").hasMessageContaining("was written with");
    }

    @Test
    void aMissingKeystoreForAStoreWithApplicationsIsAStartErrorAndNoNewKeyIsMade() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            outbox.accept(MATTER, application(1));
        }
        Files.delete(dir.resolve("outbox-key.p12"));

        assertThatThrownBy(() -> TestApplications.open(dir, clock)).isInstanceOf(OutboxKeyException.class)
                .hasMessageContaining("holds encrypted applications but its keystore").hasMessageContaining("is missing");
        assertThat(dir.resolve("outbox-key.p12")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsAStartError() throws Exception {
        TestApplications.open(dir, clock).close();
        Files.writeString(dir.resolve("outbox-key.password"), "not-the-password\n");

        assertThatThrownBy(() -> TestApplications.open(dir, clock)).isInstanceOf(OutboxKeyException.class)
                .hasMessageContaining("cannot open the outbox keystore").hasMessageContaining("wrong password");
    }

    @Test
    void aPasswordFileOthersMayReadIsRefused() throws Exception {
        TestApplications.open(dir, clock).close();
        Path password = dir.resolve("outbox-key.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("outbox-key.p12")))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> TestApplications.open(dir, clock)).isInstanceOf(OutboxKeyException.class)
                .hasMessageContaining("is open to others (rw-r--r--)").hasMessageContaining("chmod 600");
    }

    @Test
    void aMissingPasswordFileIsAStartError() throws Exception {
        TestApplications.open(dir, clock).close();
        Files.delete(dir.resolve("outbox-key.password"));

        assertThatThrownBy(() -> TestApplications.open(dir, clock)).isInstanceOf(OutboxKeyException.class)
                .hasMessageContaining("password file").hasMessageContaining("is missing");
    }

    private List<byte[]> payloads() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + KioskDatabase.file(dir));
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload FROM outbox ORDER BY id")) {
            List<byte[]> payloads = new ArrayList<>();
            while (rs.next()) {
                payloads.add(rs.getBytes(1));
            }
            return payloads;
        }
    }

    private void setPayload(long id, byte[] payload) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + KioskDatabase.file(dir));
             PreparedStatement update = db.prepareStatement("UPDATE outbox SET payload = ? WHERE id = ?")) {
            update.setBytes(1, payload);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

package org.kiosk.app.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The kiosk's one SQLite file, shared by the consent store and the outbox. Every connection runs in WAL mode with
 * {@code synchronous=FULL}, so a commit that returned survives a power cut or a {@code kill -9}, and with
 * {@code secure_delete} on, so deleted content is overwritten rather than left in free pages.
 */
public final class KioskDatabase {

    /** The file's name inside {@code kiosk.data-dir}. */
    public static final String FILE_NAME = "kiosk.db";

    /** How long a connection waits for another one's write lock before failing. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private KioskDatabase() {
    }

    /** The kiosk's database file in {@code dataDir}. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Opens a connection to {@code file}, creating its folder and the file when missing. */
    public static Connection open(Path file) throws SQLException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA secure_delete=ON");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }
}

package org.kiosk.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.code.ReplayStore.Outcome;

class SqliteReplayStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aCodeIsUsableOnceEvenAcrossARestart() throws Exception {
        Path file = KioskDatabase.file(dir);
        try (SqliteReplayStore store = new SqliteReplayStore(file)) {
            assertThat(store.markUsed("gd-platform/jti-1", NOW.plusSeconds(300), NOW)).isEqualTo(Outcome.FIRST_USE);
            assertThat(store.markUsed("gd-platform/jti-1", NOW.plusSeconds(300), NOW.plusSeconds(1)))
                    .isEqualTo(Outcome.REPLAYED);
        }
        try (SqliteReplayStore restarted = new SqliteReplayStore(file)) {
            assertThat(restarted.markUsed("gd-platform/jti-1", NOW.plusSeconds(300), NOW.plusSeconds(60)))
                    .isEqualTo(Outcome.REPLAYED);
            assertThat(restarted.markUsed("gd-platform/jti-2", NOW.plusSeconds(300), NOW.plusSeconds(60)))
                    .isEqualTo(Outcome.FIRST_USE);
        }
    }

    @Test
    void entriesAreForgottenOnceTheirCodesHaveExpired() throws Exception {
        try (SqliteReplayStore store = new SqliteReplayStore(KioskDatabase.file(dir))) {
            store.markUsed("gd-platform/jti-1", NOW.plusSeconds(300), NOW);
            Instant later = NOW.plus(Duration.ofMinutes(6));
            assertThat(store.markUsed("gd-platform/jti-3", later.plusSeconds(300), later)).isEqualTo(Outcome.FIRST_USE);
            assertThat(store.size()).isEqualTo(1);
        }
    }

    @Test
    void aFullMemoryRefusesRatherThanForgetsAnUnexpiredCode() throws Exception {
        try (SqliteReplayStore store = new SqliteReplayStore(KioskDatabase.file(dir), 2)) {
            store.markUsed("a", NOW.plusSeconds(300), NOW);
            store.markUsed("b", NOW.plusSeconds(300), NOW);
            assertThat(store.markUsed("c", NOW.plusSeconds(300), NOW)).isEqualTo(Outcome.FULL);
            assertThat(store.markUsed("a", NOW.plusSeconds(300), NOW)).isEqualTo(Outcome.REPLAYED);
        }
    }

    @Test
    void anUnwritableFileRefusesTheCode() throws Exception {
        Path file = KioskDatabase.file(dir);
        SqliteReplayStore store = new SqliteReplayStore(file);
        store.close();
        assertThat(store.markUsed("gd-platform/jti-1", NOW.plusSeconds(300), NOW)).isEqualTo(Outcome.FULL);
        assertThat(Files.exists(file)).isTrue();
    }
}

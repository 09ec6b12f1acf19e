package org.kiosk.app.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConsentStoreTest {

    @TempDir
    Path dir;

    private static ConsentRecord answer(String session, ConsentRecord.Decision decision, Instant at) {
        return new ConsentRecord(ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT, at,
                "kiosk-0001", session, decision);
    }

    @Test
    void theLatestAnswerOfASessionCountsAndSurvivesReopening() throws Exception {
        Path file = dir.resolve("kiosk.db");
        Instant t0 = Instant.parse("2026-11-27T13:00:00Z");
        try (SqliteConsentStore store = new SqliteConsentStore(file)) {
            assertThat(store.latest("s1", ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT)).isEmpty();
            store.record(answer("s1", ConsentRecord.Decision.GRANTED, t0));
            store.record(answer("s1", ConsentRecord.Decision.REFUSED, t0.plusSeconds(5)));
            store.record(answer("s2", ConsentRecord.Decision.GRANTED, t0.plusSeconds(9)));
        }
        try (SqliteConsentStore store = new SqliteConsentStore(file)) {
            assertThat(store.latest("s1", ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT))
                    .contains(answer("s1", ConsentRecord.Decision.REFUSED, t0.plusSeconds(5)));
            assertThat(store.latest("s2", ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT))
                    .contains(answer("s2", ConsentRecord.Decision.GRANTED, t0.plusSeconds(9)));
        }
    }
}

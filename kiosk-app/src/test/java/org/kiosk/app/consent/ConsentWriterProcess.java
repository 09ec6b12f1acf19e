package org.kiosk.app.consent;

import java.nio.file.Path;
import java.time.Instant;

/** Run in a child JVM by {@link ConsentStoreKillTest}: records answers as fast as it can, printing each one it got back. */
public final class ConsentWriterProcess {

    private ConsentWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (SqliteConsentStore store = new SqliteConsentStore(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                store.record(new ConsentRecord(ConsentRecord.Purpose.PERSON_ID_VERIFICATION, ConsentRecord.Method.FINGERPRINT,
                        Instant.now(), "kiosk-0001", "session-" + i, ConsentRecord.Decision.GRANTED));
                System.out.println("recorded " + i);
                System.out.flush();
            }
        }
    }
}

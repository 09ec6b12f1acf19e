package org.kiosk.app.outbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.kiosk.app.storage.KioskDatabase;

/** Applications with made-up personal data, and an outbox in a test folder. */
final class TestApplications {

    static final String NAME = "欧阳明远";
    static final String ID_NUMBER = "44052419900101587X";
    static final String MATTER = "ID-CARD-RENEWAL";

    private TestApplications() {
    }

    /** The platform's JSON body of application {@code n}, carrying the name and ID number. */
    static byte[] application(int n) {
        return ("{\"matter\":\"" + MATTER + "\",\"applicant\":{\"name\":\"" + NAME + "\",\"idNumber\":\"" + ID_NUMBER
                + "\"},\"number\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    static OutboxKeystore keystore(Path dir) {
        return new OutboxKeystore(dir.resolve("outbox-key.p12"), dir.resolve("outbox-key.password"));
    }

    static SqliteOutbox open(Path dir, Clock clock) throws OutboxException {
        return SqliteOutbox.open(KioskDatabase.file(dir), keystore(dir), clock);
    }
}

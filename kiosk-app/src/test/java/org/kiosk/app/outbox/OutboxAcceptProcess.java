package org.kiosk.app.outbox;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link OutboxKillTest}: accepts applications as fast as it can into the outbox in the folder
 * {@code args[0]}, printing {@code accepted <n> <local reference>} once each {@code accept} has returned.
 */
public final class OutboxAcceptProcess {

    private OutboxAcceptProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(Path.of(args[0]), Clock.systemUTC())) {
            for (int n = 0; ; n++) {
                OutboxRecord accepted = outbox.accept(TestApplications.MATTER, TestApplications.application(n));
                System.out.println("accepted " + n + " " + accepted.localReference());
                System.out.flush();
            }
        }
    }
}

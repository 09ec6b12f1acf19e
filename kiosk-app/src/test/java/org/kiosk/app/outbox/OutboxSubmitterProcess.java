package org.kiosk.app.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.client.PlatformClient;

/**
 * The kiosk's submitting side on its own, run in a child JVM by {@link OutboxDurabilityTest}, which kills it with
 * {@code kill -9} at random moments and starts it again:
 * {@code OutboxSubmitterProcess <platform URL> <data folder> <count> <run start, epoch ms>}. It accepts the
 * applications of the run not yet in its outbox (the outbox's row count says how far a killed run got, as each
 * accept is durable before the next begins), sends them through {@link OutboxSender} and {@link PlatformClient},
 * prints {@code accepted <n>} after each accept, and {@code drained} and exits 0 once none is left to send.
 */
public final class OutboxSubmitterProcess {

    /** Short waits, so the test sees many retries in little time; the platform's Retry-After still rules. */
    static final OutboxSender.Settings SETTINGS = new OutboxSender.Settings(new RetryDelay(Duration.ofMillis(20), Duration.ofMillis(400)),
            Duration.ofDays(30), Duration.ofDays(7), Duration.ofMinutes(15));

    private OutboxSubmitterProcess() {
    }

    public static void main(String[] args) throws Exception {
        URI platform = URI.create(args[0]);
        Path data = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Instant since = Instant.ofEpochMilli(Long.parseLong(args[3]));
        PlatformClient client = PlatformClient.builder(platform).plainHttp().requestTimeout(Duration.ofSeconds(5)).build();
        try (SqliteOutbox outbox = SqliteOutbox.open(KioskDatabase.file(data), TestApplications.keystore(data), Clock.systemUTC());
             OutboxSender sender = new OutboxSender(outbox, client, SETTINGS, Clock.systemUTC(), new SplittableRandom())) {
            sender.start();
            for (int n = outbox.all().size(); n < count; n++) {
                outbox.accept(PlatformApplications.MATTER, PlatformApplications.application(n, since));
                sender.wake();
                System.out.println("accepted " + n);
                System.out.flush();
            }
            while (outbox.depth() > 0) {
                Thread.sleep(20);
            }
            System.out.println("drained");
            System.out.flush();
        }
    }
}

package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.kiosk.app.outbox.OutboxException;
import org.kiosk.app.outbox.OutboxKeystore;
import org.kiosk.app.outbox.OutboxSender;
import org.kiosk.app.outbox.RetryDelay;
import org.kiosk.app.outbox.SqliteOutbox;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.sim.PlatformSimulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to drain the outbox after an outage: {@code --applications} applications are accepted while no platform is
 * reachable, then the platform simulator is started on loopback, the kiosk enrolled with it (mutual TLS, as in the
 * field), and the sender sends them all, each marked sent and then acknowledged in the SQLite file with
 * {@code synchronous=FULL}. Everything lives in a fresh folder inside {@code --dir}, deleted afterwards.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.OutboxDrain --dir benchmarks/target --applications 1000</pre>
 */
public final class OutboxDrain {

    private static final String USAGE = "usage: OutboxDrain --dir FOLDER [--applications N]";
    private static final char[] KIOSK_STORE_PASSWORD = "kiosk-bench".toCharArray();
    private static final OutboxSender.Settings SETTINGS = new OutboxSender.Settings(new RetryDelay(Duration.ofMillis(100), Duration.ofSeconds(5)),
            Duration.ofDays(30), Duration.ofDays(7), Duration.ofMinutes(15));

    record Settings(Path dir, int applications) {
    }

    /** @param drain from the first send to the last acknowledgement */
    record Report(Settings settings, Duration drain, int acknowledged) {

        double perSecond() {
            return acknowledged / (drain.toNanos() / 1e9);
        }
    }

    private OutboxDrain() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "outbox drain", OutboxDrain::parse, OutboxDrain::measure, OutboxDrain::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--dir", "--applications");
        String dir = options.get("--dir");
        if (dir == null) {
            throw new IllegalArgumentException("--dir is required: a folder on the disk to measure");
        }
        Settings settings = new Settings(Path.of(dir), LatencyHarness.integer(options, "--applications", 1000));
        LatencyHarness.requireRounds(settings.applications(), 0);
        return settings;
    }

    static Report measure(Settings settings) throws IOException, MeasurementException {
        Path work = Files.createTempDirectory(Files.createDirectories(settings.dir()), "outbox-drain-");
        try (SqliteOutbox outbox = SqliteOutbox.open(KioskDatabase.file(work.resolve("kiosk")),
                new OutboxKeystore(work.resolve("kiosk/outbox-key.p12"), work.resolve("kiosk/outbox-key.password")), Clock.systemUTC())) {
            Instant since = Instant.now();
            JsonMapper json = JsonMapper.builder().build();
            for (int n = 0; n < settings.applications(); n++) {
                outbox.accept("000110003000", json.writeValueAsBytes(application(since.plusMillis(n))));
            }
            try (PlatformSimulator simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(work.resolve("platform")).withDev(false))) {
                Path keyStore = simulator.enrolKiosk("kiosk-bench", work.resolve("kiosk/platform.p12"), KIOSK_STORE_PASSWORD);
                PlatformClient client = simulator.client(keyStore, KIOSK_STORE_PASSWORD).build();
                OutboxSender sender = new OutboxSender(outbox, client, SETTINGS, Clock.systemUTC(), new SplittableRandom());
                long start = System.nanoTime();
                int acknowledged = 0;
                while (outbox.depth() > 0) {
                    acknowledged += sender.sendDue();
                }
                Duration drain = Duration.ofNanos(System.nanoTime() - start);
                if (acknowledged != settings.applications()) {
                    throw new MeasurementException(acknowledged + " of " + settings.applications() + " applications acknowledged");
                }
                return new Report(settings, drain, acknowledged);
            }
        } catch (OutboxException | PlatformException e) {
            throw new MeasurementException(e.getMessage(), e);
        } finally {
            OutboxLatency.deleteTree(work);
        }
    }

    /** An application the simulator accepts (its social insurance certificate matter), with made-up personal data. */
    static ApplicationRequest application(Instant submittedAt) {
        return new ApplicationRequest("1144010000749982812000110003000", "GZ-TH-01", "zh-CN", submittedAt,
                new Applicant(DocumentType.RESIDENT_ID, "44052419900101587X", "欧阳明远"),
                Map.of("applicantName", "欧阳明远", "documentNumber", "44052419900101587X", "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"),
                ApplicationRequest.IdentityVerification.NONE);
    }

    static void print(Report report, PrintStream out) {
        out.printf("Outbox drain after an outage: %d queued applications to the platform simulator on loopback (mutual TLS)%n",
                report.settings().applications());
        out.printf("%-14s %10s %14s %16s%n", "Applications", "drain s", "applications/s", "ms/application");
        out.printf("%-14d %10.2f %14.1f %16.2f%n", report.acknowledged(), report.drain().toNanos() / 1e9, report.perSecond(),
                report.drain().toNanos() / 1e6 / report.acknowledged());
    }
}

package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.kiosk.app.outbox.OutboxException;
import org.kiosk.app.outbox.OutboxKeystore;
import org.kiosk.app.outbox.SqliteOutbox;
import org.kiosk.app.storage.KioskDatabase;

/**
 * Durable accept latency of the kiosk's outbox: the time {@code SqliteOutbox.accept} takes to seal an application and
 * commit it to the SQLite file with {@code synchronous=FULL}, so that it survives a power cut, on the disk holding
 * {@code --dir} (a fresh folder there, deleted afterwards).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.OutboxLatency --dir benchmarks/target --accepts 1000 --warmup 100</pre>
 */
public final class OutboxLatency {

    private static final String USAGE = "usage: OutboxLatency --dir FOLDER [--accepts N] [--warmup N]";

    /** @param dir the folder on the disk to measure; a fresh folder is made inside it */
    record Settings(Path dir, int accepts, int warmup) {
    }

    /** Accept latencies, p50 and p99 by nearest rank, in milliseconds. */
    record Report(Settings settings, Stats stats, double p99Ms, double maxMs, int payloadBytes) {
    }

    private OutboxLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "outbox accept latency", OutboxLatency::parse, OutboxLatency::measure, OutboxLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--dir", "--accepts", "--warmup");
        String dir = options.get("--dir");
        if (dir == null) {
            throw new IllegalArgumentException("--dir is required: a folder on the disk to measure");
        }
        Settings settings = new Settings(Path.of(dir), LatencyHarness.integer(options, "--accepts", 1000),
                LatencyHarness.integer(options, "--warmup", 100));
        LatencyHarness.requireRounds(settings.accepts(), settings.warmup());
        return settings;
    }

    static Report measure(Settings settings) throws IOException, MeasurementException {
        Path work = Files.createTempDirectory(Files.createDirectories(settings.dir()), "outbox-latency-");
        byte[] application = sampleApplication();
        try (SqliteOutbox outbox = SqliteOutbox.open(KioskDatabase.file(work),
                new OutboxKeystore(work.resolve("outbox-key.p12"), work.resolve("outbox-key.password")), Clock.systemUTC())) {
            for (int i = 0; i < settings.warmup(); i++) {
                outbox.accept("ID-CARD-RENEWAL", application);
            }
            long[] nanos = new long[settings.accepts()];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                outbox.accept("ID-CARD-RENEWAL", application);
                nanos[i] = System.nanoTime() - start;
            }
            return new Report(settings, Stats.of(nanos), Stats.percentileMs(nanos, 0.99), Stats.percentileMs(nanos, 1.0), application.length);
        } catch (OutboxException e) {
            throw new MeasurementException("the outbox failed: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** An application of the size the platform's JSON body has, with made-up personal data. */
    static byte[] sampleApplication() {
        return """
                {"implementationCode":"11440000MB2C91872X4442010000001","kioskId":"kiosk-bench","acceptedAt":"2026-11-27T15:30:00Z",
                 "applicant":{"documentType":"RESIDENT_ID","documentNumber":"44052419900101587X","name":"欧阳明远",
                 "birthDate":"1990-01-01","phone":"13800000000","address":"广东省广州市天河区体育西路100号"},
                 "form":{"reason":"EXPIRED","collection":"POST","postalAddress":"广东省广州市天河区体育西路100号"},
                 "identityLevel":"CARD_AND_FINGERPRINT","consents":["PERSON_ID_VERIFICATION"]}"""
                .getBytes(StandardCharsets.UTF_8);
    }

    static void print(Report report, PrintStream out) {
        Stats s = report.stats();
        out.printf("Outbox durable accept (seal + commit, synchronous=FULL) on %s, %d-byte application%n",
                report.settings().dir().toAbsolutePath(), report.payloadBytes());
        String row = "%-10s %8s %8s %8s %8s %8s%n";
        out.printf(row, "Accepts", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms");
        out.printf("%-10d %8.2f %8.2f %8.2f %8.2f %8.2f%n", s.count(), s.meanMs(), s.medianMs(), s.p95Ms(), report.p99Ms(), report.maxMs());
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

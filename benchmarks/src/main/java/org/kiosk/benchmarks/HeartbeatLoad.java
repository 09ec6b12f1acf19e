package org.kiosk.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kiosk.platform.model.Heartbeat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Heartbeat load on a running platform simulator's developer listener: N simulated kiosks (each its own
 * {@code Kiosk-Id}) send the status summary a kiosk sends; first every kiosk once, then a fixed number of concurrent
 * senders cycle through the kiosks as fast as the simulator answers for a measured period after a warm-up. Reports
 * the sustained rate and latency against the rate the fleet needs (kiosks / heartbeat interval), and checks the
 * simulator's fleet view lists every kiosk. Exit codes: 0 measured, 1 errors or a kiosk missing, 2 wrong command line.
 *
 * <pre>java -cp benchmarks.jar org.kiosk.benchmarks.HeartbeatLoad --uri http://127.0.0.1:8080 [--kiosks 5000]
 *     [--concurrency 32] [--warmup-seconds 5] [--seconds 20] [--interval-seconds 60]</pre>
 */
public final class HeartbeatLoad {

    private static final int FAILED = 1;
    private static final int USAGE = 2;

    record Options(URI uri, int kiosks, int concurrency, int warmupSeconds, int seconds, int intervalSeconds) {

        static Options parse(String[] args) {
            URI uri = null;
            int kiosks = 5000;
            int concurrency = 32;
            int warmup = 5;
            int seconds = 20;
            int interval = 60;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--uri" -> uri = URI.create(value);
                    case "--kiosks" -> kiosks = positive(option, value);
                    case "--concurrency" -> concurrency = positive(option, value);
                    case "--warmup-seconds" -> warmup = positive(option, value);
                    case "--seconds" -> seconds = positive(option, value);
                    case "--interval-seconds" -> interval = positive(option, value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (uri == null || !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("--uri must name the simulator's developer listener, e.g. http://127.0.0.1:8080");
            }
            return new Options(uri, kiosks, concurrency, warmup, seconds, interval);
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a positive whole number, got " + value);
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final byte[][] bodies;

    private HeartbeatLoad(Options options) {
        this.options = options;
        this.bodies = new byte[options.kiosks()][];
        for (int k = 0; k < options.kiosks(); k++) {
            bodies[k] = json.writeValueAsBytes(summary(k));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("heartbeat load: " + e.getMessage());
            System.exit(USAGE);
            return;
        }
        System.exit(new HeartbeatLoad(options).run(System.out));
    }

    int run(PrintStream out) throws Exception {
        out.printf("Heartbeat load: %d kiosks, %d concurrent senders, against %s%n", options.kiosks(), options.concurrency(), options.uri());
        Phase first = phase(Integer.MAX_VALUE, options.kiosks());
        out.printf("%-30s %s%n", "every kiosk once", first.describe());
        phase(options.warmupSeconds(), Integer.MAX_VALUE);
        Phase sustained = phase(options.seconds(), Integer.MAX_VALUE);
        out.printf("%-30s %s%n", "sustained (" + options.seconds() + " s)", sustained.describe());
        double needed = (double) options.kiosks() / options.intervalSeconds();
        out.printf("%-30s %.1f heartbeats/s (%d kiosks every %d s): sustained rate is %.0fx that%n", "fleet needs",
                needed, options.kiosks(), options.intervalSeconds(), sustained.rate() / needed);

        long started = System.nanoTime();
        HttpResponse<String> fleet = http.send(HttpRequest.newBuilder(options.uri().resolve("/admin/fleet")).build(),
                HttpResponse.BodyHandlers.ofString());
        double fleetMs = (System.nanoTime() - started) / 1e6;
        JsonNode view = json.readTree(fleet.body());
        int listed = view.path("kiosks").asInt();
        out.printf("%-30s %d kiosks listed, %.0f ms, %d KB%n", "fleet view", listed, fleetMs, fleet.body().length() / 1024);
        if (first.errors() + sustained.errors() > 0 || listed < options.kiosks()) {
            out.println("FAILED: errors or kiosks missing from the fleet view");
            return FAILED;
        }
        return 0;
    }

    /** Runs the senders until {@code seconds} pass or {@code requests} are sent, whichever comes first. */
    private Phase phase(int seconds, int requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long deadline = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<Sender>> senders = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(options.concurrency())) {
            for (int s = 0; s < options.concurrency(); s++) {
                senders.add(pool.submit(() -> {
                    Sender sender = new Sender();
                    int n;
                    while (System.nanoTime() < deadline && (n = next.getAndIncrement()) < requests) {
                        sender.send(n % options.kiosks());
                    }
                    return sender;
                }));
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] latencies = new long[0];
        int errors = 0;
        for (Future<Sender> future : senders) {
            Sender sender = future.get();
            latencies = concat(latencies, Arrays.copyOf(sender.latencies, sender.count));
            errors += sender.errors;
        }
        return new Phase(latencies.length, errors, elapsed, Stats.of(latencies), percentile(latencies, 0.99));
    }

    private final class Sender {
        long[] latencies = new long[1024];
        int count;
        int errors;

        void send(int kiosk) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(options.uri().resolve("/api/v1/heartbeats"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("Kiosk-Id", kioskId(kiosk)).POST(HttpRequest.BodyPublishers.ofByteArray(bodies[kiosk])).build();
            long started = System.nanoTime();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    errors++;
                }
            } catch (java.io.IOException e) {
                errors++;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - started;
        }
    }

    record Phase(int requests, int errors, double seconds, Stats stats, double p99Ms) {
        double rate() {
            return requests / seconds;
        }

        String describe() {
            return String.format("%6d requests, %d errors, %7.1f heartbeats/s, latency median %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    requests, errors, rate(), stats.medianMs(), stats.p95Ms(), p99Ms);
        }
    }

    static String kioskId(int k) {
        return String.format("load-%05d", k);
    }

    /** What a kiosk with five devices, one printer low on paper, sends. */
    static Heartbeat summary(int k) {
        return new Heartbeat(Instant.now(), "0.1.0", List.of(
                new Heartbeat.DeviceSummary("RECEIPT_PRINTER", "ONLINE", k % 7 == 0 ? "paper=low cover=closed" : "paper=full cover=closed"),
                new Heartbeat.DeviceSummary("ID_CARD_READER", "ONLINE", "card=absent"),
                new Heartbeat.DeviceSummary("FINGERPRINT", "ONLINE", null),
                new Heartbeat.DeviceSummary("QR_SCANNER", "ONLINE", null),
                new Heartbeat.DeviceSummary("PASSPORT_READER", "ONLINE", null)),
                k % 11, Map.of("CN", 400L, "HK", 400L, "MO", 400L));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}

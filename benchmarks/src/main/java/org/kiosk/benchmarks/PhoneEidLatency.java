package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kiosk.app.appointments.AppointmentsConfiguration;
import org.kiosk.app.codes.SqliteReplayStore;
import org.kiosk.app.journey.PhoneEidIdentification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.IssuedAuthorisation;
import org.kiosk.platform.sim.PlatformSimulator;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.QrScannerEmulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's e-ID code from the scanner to a session holding the holder's identity, on the kiosk's real path: the
 * scanner emulator sends the code over a socat pty at the line's baud, the QR scanner driver frames it, the code is
 * verified (ES256, claims, the SQLite memory of used codes with {@code synchronous=FULL}) and redeemed with the platform
 * simulator (in this process, mutual TLS on loopback). Shown beside the redemption round trip alone, and the time the
 * code's bytes would take on a real scanner's line at the baud (the emulator over a pty does not pace them). Each
 * round's code is issued beforehand (not timed), as a phone shows it before the scan.
 *
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.PhoneEidLatency [--rounds 50] [--warmup 10] [--baud 9600]
 * </pre>
 */
public final class PhoneEidLatency {

    static final String USAGE = "usage: PhoneEidLatency [--rounds N] [--warmup N] [--baud N]";
    private static final String ISSUER = "gd-platform-sim";
    private static final String CITIZEN = "resident-01";
    /** CR after each code, as the kiosk's default framing. */
    private static final int SUFFIX_BYTES = 1;
    private static final long RESULT_WAIT_SECONDS = 30;

    record Settings(int rounds, int warmupRounds, int baud) {
    }

    public record Report(Settings settings, int codeBytes, Stats identified, Stats redemption) {

        /** The code's time on a real scanner's serial line at the baud: what a scan costs before the kiosk sees it. */
        double wireMs() {
            return WireTime.millis(codeBytes + SUFFIX_BYTES, settings.baud());
        }
    }

    private PhoneEidLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "e-ID identification", PhoneEidLatency::parse, PhoneEidLatency::measure, PhoneEidLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--rounds", "--warmup", "--baud");
        Settings settings = new Settings(LatencyHarness.integer(options, "--rounds", 50), LatencyHarness.integer(options, "--warmup", 10),
                LatencyHarness.integer(options, "--baud", QrScannerEmulator.DEFAULT_BAUD));
        LatencyHarness.requireRounds(settings.rounds(), settings.warmupRounds());
        if (settings.baud() <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + settings.baud());
        }
        return settings;
    }

    static Report measure(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Path data = Files.createTempDirectory("eid-bench");
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (PlatformSimulator simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(data.resolve("platform")));
             PtyPair pty = PtyPair.start();
             QrScannerEmulator emulator = emulator(pty, settings.baud());
             QrScanner scanner = LatencyHarness.connected(new QrScanner("qr-bench",
                     new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), settings.baud())), QrScanner.Options.standard(),
                     Clock.systemUTC()));
             SqliteReplayStore usedCodes = new SqliteReplayStore(data.resolve("kiosk.db"))) {
            char[] password = "bench".toCharArray();
            PlatformClient kiosk = simulator.client(simulator.enrolKiosk("kiosk-bench", data.resolve("kiosk.p12"), password), password).build();
            URI admin = simulator.devUri().orElseThrow().resolve("/admin/authorisations");
            PhoneEidIdentification phone = new PhoneEidIdentification(AppointmentsConfiguration.scans(scanner), kiosk, ISSUER, usedCodes,
                    () -> true, Clock.systemUTC(), executor);
            int[] codeBytes = new int[1];
            Stats identified = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                String code = issue(admin).code();
                codeBytes[0] = code.getBytes(StandardCharsets.UTF_8).length;
                KioskSession session = new KioskSession();
                BlockingQueue<PhoneIdentification.Result> results = new LinkedBlockingQueue<>();
                phone.listen(session, results::add);
                long start = System.nanoTime();
                if (!emulator.scan(code)) {
                    throw new MeasurementException("the scanner emulator has no host");
                }
                PhoneIdentification.Result result = results.poll(RESULT_WAIT_SECONDS, TimeUnit.SECONDS);
                long nanos = System.nanoTime() - start;
                session.wipe();
                if (result == null || result.outcome() != PhoneIdentification.Outcome.IDENTIFIED) {
                    throw new MeasurementException("the e-ID code was not identified: " + (result == null ? "no outcome" : result.outcome()));
                }
                return nanos;
            });
            Stats redemption = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                String ref = issue(admin).authorisationRef();
                long start = System.nanoTime();
                try {
                    kiosk.redeemAuthorisation(ref);
                } catch (PlatformException e) {
                    throw new MeasurementException("redemption failed: " + e.getMessage());
                }
                return System.nanoTime() - start;
            });
            return new Report(settings, codeBytes[0], identified, redemption);
        } catch (SQLException e) {
            throw new MeasurementException("cannot open the kiosk's memory of used codes: " + e.getMessage());
        } catch (PlatformException e) {
            throw new MeasurementException("cannot enrol with the simulator: " + e.getMessage());
        } finally {
            executor.shutdownNow();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static IssuedAuthorisation issue(URI admin) throws MeasurementException, InterruptedException {
        JsonMapper json = JsonMapper.builder().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new AuthorisationRequest(CITIZEN, false)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new MeasurementException("the simulator issued no e-ID code: HTTP " + response.statusCode());
            }
            return json.readValue(response.body(), IssuedAuthorisation.class);
        } catch (IOException e) {
            throw new MeasurementException("the simulator's admin listener did not answer: " + e.getMessage());
        }
    }

    private static QrScannerEmulator emulator(PtyPair pty, int baud) {
        QrScannerEmulator emulator = QrScannerEmulator.builder().serial(pty.devicePath()).baud(baud).build();
        emulator.start();
        return emulator;
    }

    static void print(Report report, PrintStream out) {
        Settings s = report.settings();
        out.printf("Phone e-ID code, scan to identity in the session (scanner emulator over a socat pty at %d baud, platform-sim in"
                + " process over mutual TLS): %d rounds after %d warm-up%n", s.baud(), s.rounds(), s.warmupRounds());
        String row = "%-52s %9.2f %10.2f %8.2f%n";
        out.printf("%-52s %9s %10s %8s%n", "", "mean ms", "median ms", "p95 ms");
        out.printf(row, "scan to identified (line, verify, redeem, session)", report.identified().meanMs(), report.identified().medianMs(),
                report.identified().p95Ms());
        out.printf(row, "redemption round trip alone", report.redemption().meanMs(), report.redemption().medianMs(),
                report.redemption().p95Ms());
        out.printf("the code is %d bytes + CR: %.2f ms on a real scanner's line at %d baud, before the kiosk sees it (not paced here)%n",
                report.codeBytes(), report.wireMs(), s.baud());
    }
}

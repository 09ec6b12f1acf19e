package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.passport.AccessKey;
import org.kiosk.device.passport.ChipPresence;
import org.kiosk.device.passport.PassportDetail;
import org.kiosk.device.passport.PassportRead;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.lds.LdsFormatException;
import org.kiosk.device.passport.lds.SecurityObject;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.PassiveAuthenticator;
import org.kiosk.device.passport.pa.TrustStoreException;
import org.kiosk.sim.passport.EmrtdChip;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.Pcscd;
import org.kiosk.sim.passport.TestPki;
import org.kiosk.sim.passport.VirtualPassport;

/**
 * How long a passport read takes over the real pcscd with vpcd and the virtual passport: from the watching driver's
 * "chip present" event to DG1, DG2 and EF.SOD read and passive authentication VERIFIED, split into the time spent
 * inside PC/SC calls (connect, transmit, disconnect: the chip, vpcd and pcscd) and the rest (our code: secure
 * messaging, parsing, signature and chain checks). Also how long pcscd takes to notice a passport laid on the
 * reader. A plain harness, run by {@code scripts/bench} or on its own (as root, with nothing else running pcscd):
 * <pre>{@code
 * java -Dsun.security.smartcardio.library=/usr/lib/x86_64-linux-gnu/libpcsclite.so.1 \
 *     -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.PassportReadLatency [--rounds 30] [--warmup 15]
 * }</pre>
 * Exits 0 with the figures, 2 when it cannot measure.
 */
public final class PassportReadLatency {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);
    private static final AccessKey KEY = AccessKey.of("L898902C", "690806", "940623");

    public record Settings(int rounds, int warmupRounds) {
        public Settings {
            LatencyHarness.requireRounds(rounds, warmupRounds);
        }
    }

    /**
     * @param detection  passport connected to vpcd until the driver's "present" event
     * @param read       "present" event until the read is verified
     * @param inPcsc     the part of each read spent inside PC/SC calls
     * @param ours       the rest of each read
     * @param passiveAuthentication EF.SOD parsed and verified with DG1 and DG2, alone, as part of our code
     * @param apdus      APDUs per read
     * @param faceBytes  the size of DG2's image
     */
    public record Report(Stats detection, Stats read, Stats inPcsc, Stats ours, Stats passiveAuthentication, long apdus, int faceBytes) {
    }

    private PassportReadLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, "usage: PassportReadLatency [--rounds N] [--warmup N]", "passport read",
                PassportReadLatency::parse, PassportReadLatency::measure, PassportReadLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--rounds", "--warmup");
        return new Settings(LatencyHarness.integer(options, "--rounds", 30), LatencyHarness.integer(options, "--warmup", 15));
    }

    static Report measure(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Pcsc.useLibrary(Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1"));
        TestPki pki = TestPki.generate("UT");
        Path csca = Files.createTempDirectory("csca");
        pki.writeCsca(csca);
        CscaTrustStore store;
        try {
            store = CscaTrustStore.load(csca);
        } catch (TrustStoreException e) {
            throw new MeasurementException("test CSCA not loadable: " + e.getMessage());
        }
        PassportFiles files = PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), pki);
        int total = settings.warmupRounds() + settings.rounds();
        long[] detection = new long[settings.rounds()];
        long[] read = new long[settings.rounds()];
        long[] inPcsc = new long[settings.rounds()];
        long[] ours = new long[settings.rounds()];
        long apdus = 0;
        try (Pcscd pcscd = Pcscd.start();
             PassportReader reader = new PassportReader("passport",
                     new PassportReader.Options(Pattern.compile("Virtual PCD 00 00"), Duration.ofMillis(200), store), Clock.systemUTC())) {
            BlockingQueue<Long> present = new LinkedBlockingQueue<>();
            BlockingQueue<Object> results = new LinkedBlockingQueue<>();
            reader.addStatusListener(event -> {
                // the chip's arrival, not the reader coming back from BUSY with the chip still on it
                if (chip(event.current()) == ChipPresence.PRESENT && chip(event.previous()) != ChipPresence.PRESENT) {
                    long seen = System.nanoTime();
                    present.add(seen);
                    // the read the kiosk starts on the watching thread once the MRZ is known
                    PassportReader.ExchangeTime before = reader.exchangeTime();
                    try {
                        PassportRead r = reader.read(KEY);
                        long done = System.nanoTime();
                        PassportReader.ExchangeTime after = reader.exchangeTime();
                        results.add(new long[] {done - seen, after.waiting().minus(before.waiting()).toNanos(), after.apdus() - before.apdus(),
                                r.authentication().verified() ? 1 : 0, r.face().map(f -> f.length()).orElse(0)});
                        r.wipe();
                    } catch (DeviceException | InterruptedException e) {
                        results.add(e);
                    }
                }
            });
            reader.start();
            if (!reader.awaitConnected(EVENT_TIMEOUT)) {
                throw new MeasurementException("the driver did not see the virtual reader");
            }
            int faceBytes = 0;
            for (int round = 0; round < total; round++) {
                VirtualPassport passport = new VirtualPassport(new EmrtdChip(files, PassportSimMain.SPECIMEN_MRZ));
                long laid = System.nanoTime();
                passport.insert();
                Long seen = present.poll(EVENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                Object result = results.poll(EVENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                passport.close();
                if (seen == null || result == null) {
                    throw new MeasurementException("no read within " + EVENT_TIMEOUT.toSeconds() + " s of laying the passport on");
                }
                if (result instanceof Exception e) {
                    throw new MeasurementException("the read failed: " + e.getMessage());
                }
                long[] r = (long[]) result;
                if (r[3] != 1) {
                    throw new MeasurementException("passive authentication did not verify");
                }
                int slot = round - settings.warmupRounds();
                if (slot >= 0) {
                    detection[slot] = seen - laid;
                    read[slot] = r[0];
                    inPcsc[slot] = r[1];
                    ours[slot] = r[0] - r[1];
                    apdus = r[2];
                    faceBytes = (int) r[4];
                }
                awaitAbsent(reader);
            }
            return new Report(Stats.of(detection), Stats.of(read), Stats.of(inPcsc), Stats.of(ours),
                    passiveAuthentication(settings, files, store), apdus, faceBytes);
        }
    }

    /** Passive authentication of the same files on its own, warmed up as the reads were. */
    private static Stats passiveAuthentication(Settings settings, PassportFiles files, CscaTrustStore store) throws MeasurementException {
        PassiveAuthenticator authenticator = new PassiveAuthenticator(store, Clock.systemUTC());
        Map<Integer, byte[]> groups = Map.of(1, files.files().get(PassportFiles.DG1), 2, files.files().get(PassportFiles.DG2));
        long[] samples = new long[settings.rounds()];
        for (int round = -settings.warmupRounds(); round < settings.rounds(); round++) {
            long start = System.nanoTime();
            try {
                if (!authenticator.verify(SecurityObject.parse(files.files().get(PassportFiles.EF_SOD)), groups).verified()) {
                    throw new MeasurementException("passive authentication did not verify");
                }
            } catch (LdsFormatException e) {
                throw new MeasurementException("EF.SOD not parsed: " + e.getMessage());
            }
            if (round >= 0) {
                samples[round] = System.nanoTime() - start;
            }
        }
        return Stats.of(samples);
    }

    private static ChipPresence chip(DeviceStatus status) {
        return status.detail() instanceof PassportDetail d ? d.chip() : ChipPresence.UNKNOWN;
    }

    private static void awaitAbsent(PassportReader reader) throws InterruptedException, MeasurementException {
        long deadline = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (!(reader.status().detail() instanceof PassportDetail d && d.chip() == ChipPresence.ABSENT)) {
            if (System.nanoTime() > deadline) {
                throw new MeasurementException("the passport taken off was not noticed");
            }
            Thread.sleep(20);
        }
    }

    static void print(Report r, PrintStream out) {
        out.println("Passport read over pcscd + vpcd (virtual passport: BAC, EF.COM, DG1, DG2 of " + r.faceBytes() + " bytes, EF.SOD; "
                + r.apdus() + " APDUs; passive authentication VERIFIED), " + r.read().count() + " rounds");
        out.printf("%-46s %9s %9s %9s%n", "", "mean ms", "median", "p95");
        row(out, "passport laid on -> driver's present event", r.detection());
        row(out, "present event -> read and verified", r.read());
        row(out, "  of which inside PC/SC (chip, vpcd, pcscd)", r.inPcsc());
        row(out, "  of which our code", r.ours());
        row(out, "    passive authentication alone (same files)", r.passiveAuthentication());
        out.printf("our code's share of the read: %.0f%% (mean)%n", 100 * r.ours().meanMs() / r.read().meanMs());
    }

    private static void row(PrintStream out, String label, Stats s) {
        out.printf("%-46s %9.1f %9.1f %9.1f%n", label, s.meanMs(), s.medianMs(), s.p95Ms());
    }
}

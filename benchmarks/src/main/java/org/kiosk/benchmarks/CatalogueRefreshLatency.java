package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.catalogue.CatalogueException;
import org.kiosk.app.catalogue.PlatformCatalogue;
import org.kiosk.app.catalogue.RefreshedCatalogue;
import org.kiosk.app.catalogue.StoredCatalogue;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.sim.PlatformSimulator;

/**
 * The service catalogue's refresh against the platform simulator on loopback (mutual TLS, the simulator in this
 * process): one whole refresh (fetch, check, store in the kiosk's SQLite file with {@code synchronous=FULL}), the
 * check and wording alone, and a kiosk's start reading the stored copy back. Everything lives in a fresh folder inside
 * {@code --dir}, deleted afterwards.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kiosk.benchmarks.CatalogueRefreshLatency --dir benchmarks/target --rounds 200</pre>
 */
public final class CatalogueRefreshLatency {

    private static final String USAGE = "usage: CatalogueRefreshLatency --dir FOLDER [--rounds N] [--warmup N]";
    private static final char[] KIOSK_STORE_PASSWORD = "kiosk-bench".toCharArray();

    record Settings(Path dir, int rounds, int warmupRounds) {
    }

    record Report(Settings settings, int matters, Stats refresh, Stats check, Stats storedStart) {
    }

    private CatalogueRefreshLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, USAGE, "catalogue refresh", CatalogueRefreshLatency::parse, CatalogueRefreshLatency::measure,
                CatalogueRefreshLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--dir", "--rounds", "--warmup");
        if (!options.containsKey("--dir")) {
            throw new IllegalArgumentException("--dir is required");
        }
        Settings settings = new Settings(Path.of(options.get("--dir")), LatencyHarness.integer(options, "--rounds", 200),
                LatencyHarness.integer(options, "--warmup", 50));
        LatencyHarness.requireRounds(settings.rounds(), settings.warmupRounds());
        return settings;
    }

    static Report measure(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Files.createDirectories(settings.dir());
        Path work = Files.createTempDirectory(settings.dir(), "catalogue-bench");
        try (PlatformSimulator simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(work.resolve("platform")))) {
            Path keys = simulator.enrolKiosk("kiosk-bench", work.resolve("kiosk.p12"), KIOSK_STORE_PASSWORD);
            PlatformClient client = simulator.client(keys, KIOSK_STORE_PASSWORD).build();
            Texts texts = Texts.load();
            BundledServiceCatalogue bundled = BundledServiceCatalogue.load();
            Path database = KioskDatabase.file(work.resolve("kiosk"));
            List<Matter> matters = client.matters();
            Stats refresh;
            try (StoredCatalogue stored = new StoredCatalogue(database)) {
                RefreshedCatalogue catalogue = new RefreshedCatalogue(client::matters, stored, bundled, texts, Clock.systemUTC());
                refresh = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                    long start = System.nanoTime();
                    if (catalogue.refresh().isPresent()) {
                        throw new MeasurementException("a refresh kept the catalogue in use; see the log");
                    }
                    return System.nanoTime() - start;
                });
            }
            Stats check = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                long start = System.nanoTime();
                try {
                    PlatformCatalogue.of(matters, texts);
                } catch (CatalogueException e) {
                    throw new MeasurementException("the simulator's catalogue was refused: " + e.getMessage());
                }
                return System.nanoTime() - start;
            });
            Stats storedStart = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                long start = System.nanoTime();
                try (StoredCatalogue stored = new StoredCatalogue(database)) {
                    RefreshedCatalogue catalogue = new RefreshedCatalogue(null, stored, bundled, texts, Clock.systemUTC());
                    if (catalogue.source() != RefreshedCatalogue.Source.STORED) {
                        throw new MeasurementException("the stored copy was not read back");
                    }
                } catch (SQLException | IOException e) {
                    throw new MeasurementException("the kiosk's database failed: " + e.getMessage());
                }
                return System.nanoTime() - start;
            });
            return new Report(settings, matters.size(), refresh, check, storedStart);
        } catch (PlatformException | SQLException | CatalogueException e) {
            throw new MeasurementException("the catalogue could not be fetched or stored: " + e.getMessage());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void print(Report report, PrintStream out) {
        out.printf("Service catalogue: %d matters from the platform simulator on loopback (mutual TLS), %d rounds after %d warm-up%n",
                report.matters(), report.settings().rounds(), report.settings().warmupRounds());
        out.printf("%-46s %9s %9s %9s%n", "", "mean ms", "median ms", "p95 ms");
        row(out, "refresh: fetch, check, store (synchronous=FULL)", report.refresh());
        row(out, "check and wording alone", report.check());
        row(out, "start from the stored copy", report.storedStart());
    }

    private static void row(PrintStream out, String what, Stats stats) {
        out.printf("%-46s %9.2f %9.2f %9.2f%n", what, stats.meanMs(), stats.medianMs(), stats.p95Ms());
    }
}

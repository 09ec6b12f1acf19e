package org.kiosk.app.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kiosk.sim.passport.EmrtdChip;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.Pcscd;
import org.kiosk.sim.passport.TestPki;
import org.kiosk.sim.passport.VirtualPassport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passport reader of the simulated stack: a pcscd of the kiosk's own with vsmartcard's vpcd, whose first virtual
 * reader gets the test passports of fictional holders, signed by a test PKI whose country signing CA goes into a trust
 * store directory for the kiosk, so that passive authentication verifies them. pcscd needs root and the Debian packages
 * {@code pcscd} and {@code vsmartcard-vpcd}; without them the kiosk runs without a passport reader.
 */
public final class SimulatedPassport implements AutoCloseable {

    /** The ICAO Doc 9303 specimen holder (Anna Maria Eriksson of Utopia), with a passport valid until 2034. */
    public static final String SAMPLE = "sample";
    /** The same holder's passport that expired in 2012. */
    public static final String EXPIRED = "expired";
    /** The sample passport with its face image changed after signing: passive authentication fails. */
    public static final String ALTERED = "altered";
    /** The PC/SC name of the reader the passports are laid on. */
    public static final Pattern READER = Pattern.compile(Pattern.quote("Virtual PCD 00 00"));

    private static final Map<String, List<String>> ZONES = Map.of(
            SAMPLE, List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C<3UTO7408122F3404159ZE184226B<<<<<12"),
            EXPIRED, List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
            ALTERED, List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C<3UTO7408122F3404159ZE184226B<<<<<12"));
    private static final Logger log = LoggerFactory.getLogger(SimulatedPassport.class);

    private final Pcscd pcscd;
    private final TestPki pki;
    private final Path trustStore;
    private final Map<String, PassportFiles> files = new ConcurrentHashMap<>();
    private VirtualPassport onReader;

    private SimulatedPassport(Pcscd pcscd, TestPki pki, Path trustStore) {
        this.pcscd = pcscd;
        this.pki = pki;
        this.trustStore = trustStore;
    }

    /**
     * Starts pcscd with vpcd and writes the test CSCA into {@code trustStore} (emptied first), or, when pcscd cannot
     * start, a simulation without a reader: the kiosk then offers the other ways of identifying.
     */
    public static SimulatedPassport startOrAbsent(Path trustStore) {
        Pcscd pcscd = null;
        try {
            pcscd = Pcscd.start();
            TestPki pki = TestPki.generate("UT");
            clear(trustStore);
            pki.writeCsca(trustStore);
            return new SimulatedPassport(pcscd, pki, trustStore);
        } catch (IOException | RuntimeException e) {
            if (pcscd != null) {
                pcscd.close();
            }
            log.warn("The simulated passport reader did not start ({}); the kiosk runs without it", e.getMessage());
            return new SimulatedPassport(null, null, trustStore);
        }
    }

    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    /** Whether pcscd runs with the virtual reader. */
    public boolean running() {
        return pcscd != null && pcscd.isRunning();
    }

    /** The directory of the test CSCA certificate, when running. */
    public Optional<Path> trustStore() {
        return running() ? Optional.of(trustStore) : Optional.empty();
    }

    /** The holders whose passports can be laid on the reader. */
    public static List<String> holders() {
        return ZONES.keySet().stream().sorted().toList();
    }

    /** The machine-readable zone printed on holder {@code name}'s photo page. */
    public static List<String> zone(String name) {
        List<String> lines = ZONES.get(name);
        if (lines == null) {
            throw new IllegalArgumentException("no test passport '" + name + "'; there are " + holders());
        }
        return lines;
    }

    /** Lays holder {@code name}'s passport on the reader, taking any other off first. */
    public synchronized void place(String name) {
        List<String> lines = zone(name);
        requireRunning();
        remove();
        PassportFiles chipFiles = files.computeIfAbsent(name, n -> {
            PassportFiles signed = PassportFiles.build(lines, PassportFiles.testFace(), pki);
            return n.equals(ALTERED) ? signed.withAlteredDataGroup(PassportFiles.DG2) : signed;
        });
        VirtualPassport passport = new VirtualPassport(new EmrtdChip(chipFiles, lines));
        try {
            passport.insert();
        } catch (IOException e) {
            throw new IllegalStateException("the test passport could not be laid on the virtual reader: " + e.getMessage(), e);
        }
        onReader = passport;
    }

    /** Takes the passport off the reader. */
    public synchronized void remove() {
        if (onReader != null) {
            onReader.remove();
            onReader = null;
        }
    }

    /** The passport on the reader is taken off when it receives its {@code n}-th command from now. */
    public synchronized void removeAfter(int n) {
        requireRunning();
        if (onReader == null) {
            throw new IllegalStateException("no test passport lies on the reader");
        }
        onReader.removeAfter(n);
    }

    private void requireRunning() {
        if (!running()) {
            throw new IllegalStateException("the passport reader is not simulated (pcscd with vpcd did not start)");
        }
    }

    @Override
    public synchronized void close() {
        remove();
        if (pcscd != null) {
            pcscd.close();
        }
    }
}

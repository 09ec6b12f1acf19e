package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kiosk.device.DeviceException;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.idcard.document.DocumentFormatException;
import org.kiosk.device.idcard.document.FingerprintTemplate;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.idcard.document.TextLayoutParser;
import org.kiosk.device.idcard.document.WltPhoto;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;

/**
 * How long a person–ID fingerprint verification takes against the module emulator over a real socat pty, the
 * emulator pacing its replies at the line's baud, compared with the time its packets need on the line
 * ({@link FingerprintWireTime}). Run by {@code scripts/bench} or on its own:
 * <pre>{@code
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     org.kiosk.benchmarks.FingerprintVerificationLatency [--rounds 30] [--warmup 5] [--baud 57600]
 * }</pre>
 * The finger of the card's first template lies on the sensor, so every round verifies on its first capture.
 *
 * <p>It times the driver calls {@code kiosk-app}'s {@code FingerprintVerification} makes, in its order: capture,
 * Img2Tz into buffer 1, each card template copied into a buffer, downloaded into buffer 2 and matched, then a blank
 * template downloaded into both buffers. It cannot call that class itself: kiosk-app's jar is repackaged by Spring
 * Boot, its classes out of a dependent's reach. Left out are therefore the consent look-up before the first
 * capture and the zeroing of a few 512-byte arrays. Needs {@code socat}. Exits 0 whether or not the overhead
 * target is met (timings depend on the machine), 2 when it cannot measure.
 */
public final class FingerprintVerificationLatency {

    /** A resident card carrying two fingerprint templates. */
    static final String CARD = "resident-fp2";

    /** FingerprintVerification's standard threshold; the emulator scores the card holder's finger 150. */
    static final int THRESHOLD = 50;

    private static final int BAUD_UNIT = 9600;
    private static final int MAX_BAUD = 12 * BAUD_UNIT;
    private static final Duration CAPTURE_TIMEOUT = Duration.ofSeconds(15);
    // the idle parameter poll would otherwise queue behind, or in front of, a measured round
    private static final Duration IDLE_POLL = Duration.ofHours(1);

    /** @param baud a speed the module offers: N × 9600 for N of 1 to 12 */
    public record Settings(int rounds, int warmupRounds, int baud) {

        public Settings {
            LatencyHarness.requireRounds(rounds, warmupRounds);
            if (baud < BAUD_UNIT || baud > MAX_BAUD || baud % BAUD_UNIT != 0) {
                throw new IllegalArgumentException("baud must be N x 9600 for N of 1 to 12, got " + baud);
            }
        }

        public static Settings defaults() {
            return new Settings(30, 5, FingerprintModuleEmulator.DEFAULT_BAUD);
        }
    }

    /**
     * @param cardTemplates the templates on the card, each downloaded and matched
     * @param packetSize    the module's data packet size, as the driver read it
     */
    public record Report(Settings settings, int cardTemplates, int packetSize, Stats verification) {

        public List<WireTime.Exchange> exchanges() {
            return FingerprintWireTime.verification(cardTemplates, packetSize);
        }

        /** Every packet, both ways, on the line. */
        public double wireMs() {
            return WireTime.wireMs(exchanges(), settings.baud());
        }

        /** The module's replies alone: what the emulator spends, as the host's packets cross the pty at once. */
        public double pacedMs() {
            return WireTime.pacedMs(exchanges(), settings.baud());
        }

        /** What the driver, the pty and the emulator's scheduling add to the paced replies (median). */
        public double oursMs() {
            return verification.medianMs() - pacedMs();
        }

        /**
         * Ours against the wire time. Most of the bytes are the host's template downloads, which take no time on
         * the pty, so the measured time is compared through ours: on a real line the verification takes the wire
         * time plus ours.
         */
        public double overhead() {
            return oursMs() / wireMs();
        }

        public boolean meetsTarget() {
            return overhead() < LatencyHarness.TARGET_OVERHEAD;
        }
    }

    private FingerprintVerificationLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, "usage: FingerprintVerificationLatency [--rounds N] [--warmup N] [--baud N]",
                "fingerprint verification", FingerprintVerificationLatency::parse, FingerprintVerificationLatency::run,
                FingerprintVerificationLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--rounds", "--warmup", "--baud");
        Settings d = Settings.defaults();
        return new Settings(LatencyHarness.integer(options, "--rounds", d.rounds()),
                LatencyHarness.integer(options, "--warmup", d.warmupRounds()), LatencyHarness.integer(options, "--baud", d.baud()));
    }

    /** Verifies {@code rounds} times after the warm-up, each round on a freshly parsed card. */
    public static Report run(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Card card = CardLibrary.bundled().get(CARD);
        try (PtyPair pty = PtyPair.start();
             FingerprintModuleEmulator emulator = emulator(pty, settings.baud());
             FingerprintModule module = connect(pty, settings.baud())) {
            emulator.finger(FingerprintModuleEmulator.fingerOf(card.fingerprints().getFirst()));
            Stats verification = LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                IdentityDocument document = document(card);
                long start = System.nanoTime();
                verify(module, document);
                return System.nanoTime() - start;
            });
            return new Report(settings, card.fingerprintCount(), module.capabilities().packetSize(), verification);
        }
    }

    /** The card as the ID-card driver would hand it over; verification wipes its templates, so one per round. */
    private static IdentityDocument document(Card card) throws MeasurementException {
        List<FingerprintTemplate> templates = new ArrayList<>();
        for (byte[] template : card.fingerprints()) {
            templates.add(new FingerprintTemplate(template));
            Arrays.fill(template, (byte) 0);
        }
        try {
            return TextLayoutParser.parse(card.text(), new WltPhoto(card.photo()), templates);
        } catch (DocumentFormatException e) {
            throw new MeasurementException("bundled card " + CARD + " does not parse: " + e.code(), e);
        }
    }

    /** FingerprintVerification's first attempt and its end, as driver calls; see the class comment. */
    private static void verify(FingerprintModule module, IdentityDocument card) throws MeasurementException, InterruptedException {
        byte[] template = new byte[FingerprintTemplate.LENGTH];
        byte[] blank = new byte[FingerprintTemplate.LENGTH];
        try {
            module.capture(CAPTURE_TIMEOUT, () -> false);
            module.imageToFeatures(FingerprintWireTime.LIVE_BUFFER);
            int best = 0;
            for (FingerprintTemplate t : card.fingerprints()) {
                t.copyTo(template);
                module.downloadTemplate(FingerprintWireTime.CARD_BUFFER, template);
                best = Math.max(best, module.match());
            }
            if (best < THRESHOLD) {
                throw new MeasurementException("the card holder's finger scored " + best + ", under " + THRESHOLD);
            }
            module.downloadTemplate(FingerprintWireTime.LIVE_BUFFER, blank);
            module.downloadTemplate(FingerprintWireTime.CARD_BUFFER, blank);
        } catch (DeviceException e) {
            throw new MeasurementException("verification failed: " + e.code() + " " + e.getMessage(), e);
        } finally {
            card.fingerprints().forEach(FingerprintTemplate::wipe);
            Arrays.fill(template, (byte) 0);
        }
    }

    private static FingerprintModuleEmulator emulator(PtyPair pty, int baud) {
        FingerprintModuleEmulator emulator = FingerprintModuleEmulator.builder().serial(pty.devicePath()).baud(baud).build();
        emulator.start();
        return emulator;
    }

    private static FingerprintModule connect(PtyPair pty, int baud) throws MeasurementException, InterruptedException {
        FingerprintModule.Options standard = FingerprintModule.Options.standard();
        FingerprintModule.Options options = new FingerprintModule.Options(Packet.DEFAULT_ADDRESS, FingerprintModuleEmulator.DEFAULT_PASSWORD,
                standard.processingTime(), IDLE_POLL, LatencyHarness.RECONNECT, standard.fingerPollInterval());
        return LatencyHarness.connected(new FingerprintModule("fingerprint-bench",
                new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), baud)), options, Clock.systemUTC()));
    }

    static void print(Report report, PrintStream out) {
        Settings s = report.settings();
        out.printf("Fingerprint verification, card \"%s\" (%d templates), its holder's finger, %d baud over a socat pty: "
                + "%d rounds after %d warm-up%n", CARD, report.cardTemplates(), s.baud(), s.rounds(), s.warmupRounds());
        out.println("Timed at the driver: the calls FingerprintVerification makes, without its consent look-up.");
        out.printf("Bytes on the line, host + module, %d bits a byte (a packet: %d header + payload + %d checksum;"
                        + " data packets of %d):%n", WireTime.BITS_PER_BYTE, FingerprintWireTime.PACKET_HEADER_BYTES,
                FingerprintWireTime.CHECKSUM_BYTES, report.packetSize());
        WireTime.printBytes(out, report.exchanges(), s.baud(), 24);
        out.println();
        Stats v = report.verification();
        out.printf("%-14s %8s %9s %8s %10s %8s %8s %9s  %s%n", "", "wire ms", "paced ms", "mean ms", "median ms", "p95 ms",
                "ours ms", "overhead", LatencyHarness.targetHeading());
        out.printf("%-14s %8.2f %9.2f %8.2f %10.2f %8.2f %8.2f %+8.1f%%  %s%n", "verification", report.wireMs(), report.pacedMs(),
                v.meanMs(), v.medianMs(), v.p95Ms(), report.oursMs(), 100 * report.overhead(), LatencyHarness.verdict(report.meetsTarget()));
        out.println("ours = median - the paced replies: what the driver, the pty and the emulator's scheduling add. The host's");
        out.println("  packets cross the pty at once, so on a real line the verification takes wire + ours; overhead = ours / wire.");
    }
}

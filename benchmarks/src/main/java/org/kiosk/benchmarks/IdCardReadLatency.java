package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.kiosk.device.DeviceException;
import org.kiosk.device.idcard.CardListener;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.pty.PtyPair;

/**
 * How long an ID-card read takes against the reader emulator over a real socat pty, the emulator pacing its
 * replies at the line's baud, compared with the time the bytes need on the line ({@link IdCardWireTime}).
 * JMH does not fit a 120 ms exchange with an external process; this is a plain harness, run by {@code scripts/bench}
 * or on its own:
 * <pre>{@code
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     org.kiosk.benchmarks.IdCardReadLatency [--rounds 30] [--warmup 5] [--poll-ms 20,100] [--baud 115200]
 * }</pre>
 * It measures (a) {@link IdCardReader#readCard readCard(false)} (find, select, read {@code 30 01}, parse) and
 * (b) card placed on the emulator until {@link CardListener#cardRead} of a watching driver, at each poll interval.
 * Needs {@code socat}. Exits 0 whether or not the overhead target is met (timings depend on the machine), 2 when it
 * cannot measure.
 */
public final class IdCardReadLatency {

    /** A card without fingerprints, so that {@code 30 01} is answered with the 1295-byte frame. */
    static final String CARD = "resident";

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READER_PROCESSING_TIME = Duration.ofSeconds(1);

    /**
     * @param rounds        measured rounds of each scenario
     * @param warmupRounds  rounds run first and not counted (class loading, JIT)
     * @param pollIntervals the watching driver's poll intervals to measure (b) at
     */
    public record Settings(int rounds, int warmupRounds, int baud, List<Duration> pollIntervals) {

        public Settings {
            LatencyHarness.requireRounds(rounds, warmupRounds);
            if (baud <= 0) {
                throw new IllegalArgumentException("baud must be positive, got " + baud);
            }
            if (pollIntervals.isEmpty() || pollIntervals.stream().anyMatch(p -> !p.isPositive())) {
                throw new IllegalArgumentException("poll intervals must be positive, at least one, got " + pollIntervals);
            }
            pollIntervals = List.copyOf(pollIntervals);
        }

        public static Settings defaults() {
            return new Settings(30, 5, IdCardReaderEmulator.DEFAULT_BAUD, List.of(Duration.ofMillis(20), Duration.ofMillis(100)));
        }
    }

    /** (b) at one poll interval. */
    public record WatchResult(Duration pollInterval, Stats placedToRead) {
    }

    public record Report(Settings settings, Stats readPath, List<WatchResult> watching) {

        public Report {
            watching = List.copyOf(watching);
        }

        /** The read path's bytes, both ways, on the line. */
        public double wireMs() {
            return WireTime.wireMs(IdCardWireTime.readPath(), settings.baud());
        }

        /** The replies alone: what the emulator spends, as the host's commands cross the pty at once. */
        public double pacedMs() {
            return WireTime.pacedMs(IdCardWireTime.readPath(), settings.baud());
        }

        /** (a): the median against the wire time. */
        public double readPathOverhead() {
            return (readPath.medianMs() - wireMs()) / wireMs();
        }

        /**
         * The mean wait from placing a card until the watching driver's next find-card that sees it: without a card
         * the driver exchanges a find-card and then sleeps the interval, and placements fall evenly over that cycle.
         */
        public double pollWaitMs(Duration pollInterval) {
            double cycle = pollInterval.toNanos() / 1e6 + WireTime.millis(IdCardWireTime.findNoCard().bytes(), settings.baud());
            return cycle / 2;
        }

        /** (b): the mean less the expected poll wait, against the wire time of the read. */
        public double watchOverhead(WatchResult result) {
            return (result.placedToRead().meanMs() - pollWaitMs(result.pollInterval()) - wireMs()) / wireMs();
        }

        public boolean readPathMeetsTarget() {
            return readPathOverhead() < LatencyHarness.TARGET_OVERHEAD;
        }

        public boolean meetsTarget(WatchResult result) {
            return watchOverhead(result) < LatencyHarness.TARGET_OVERHEAD;
        }
    }

    private IdCardReadLatency() {
    }

    public static void main(String[] args) {
        LatencyHarness.main(args, "usage: IdCardReadLatency [--rounds N] [--warmup N] [--poll-ms MS[,MS...]] [--baud N]",
                "ID-card read", IdCardReadLatency::parse, IdCardReadLatency::run, IdCardReadLatency::print);
    }

    static Settings parse(String[] args) {
        Map<String, String> options = LatencyHarness.options(args, "--rounds", "--warmup", "--baud", "--poll-ms");
        Settings d = Settings.defaults();
        List<Duration> polls = d.pollIntervals();
        String pollMs = options.get("--poll-ms");
        if (pollMs != null) {
            polls = new ArrayList<>();
            for (String ms : pollMs.split(",")) {
                polls.add(Duration.ofMillis(LatencyHarness.integer("--poll-ms", ms.strip())));
            }
        }
        return new Settings(LatencyHarness.integer(options, "--rounds", d.rounds()),
                LatencyHarness.integer(options, "--warmup", d.warmupRounds()), LatencyHarness.integer(options, "--baud", d.baud()), polls);
    }

    /** Runs both scenarios, each over its own pty pair and emulator. */
    public static Report run(Settings settings) throws IOException, MeasurementException, InterruptedException {
        Card card = CardLibrary.bundled().get(CARD);
        Stats readPath = measureReadPath(settings, card);
        List<WatchResult> watching = new ArrayList<>();
        for (Duration poll : settings.pollIntervals()) {
            watching.add(new WatchResult(poll, measurePlacedToRead(settings, card, poll)));
        }
        return new Report(settings, readPath, watching);
    }

    private static Stats measureReadPath(Settings settings, Card card) throws IOException, MeasurementException, InterruptedException {
        IdCardReader.Options onDemand = new IdCardReader.Options(READER_PROCESSING_TIME, Duration.ofMinutes(10), LatencyHarness.RECONNECT,
                false, false);
        try (PtyPair pty = PtyPair.start();
             IdCardReaderEmulator emulator = emulator(pty, settings.baud());
             IdCardReader reader = connect(pty, settings.baud(), onDemand)) {
            emulator.place(card);
            return LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                long start = System.nanoTime();
                read(reader);
                return System.nanoTime() - start;
            });
        }
    }

    private static void read(IdCardReader reader) throws MeasurementException {
        try {
            reader.readCard(false);
        } catch (DeviceException e) {
            throw new MeasurementException("readCard failed: " + e.code() + " " + e.getMessage(), e);
        }
    }

    /**
     * Each round takes the card off, waits for the driver to report it removed, waits a share of the poll cycle,
     * places the card and times until the document arrives. The shares are spread evenly over the cycle, so that
     * the mean poll wait comes out as its expected value rather than as a sample of it.
     */
    private static Stats measurePlacedToRead(Settings settings, Card card, Duration poll)
            throws IOException, MeasurementException, InterruptedException {
        IdCardReader.Options watching = new IdCardReader.Options(READER_PROCESSING_TIME, poll, LatencyHarness.RECONNECT, true, false);
        long cycleNanos = poll.toNanos() + (long) (WireTime.millis(IdCardWireTime.findNoCard().bytes(), settings.baud()) * 1e6);
        CardEvents events = new CardEvents();
        try (PtyPair pty = PtyPair.start();
             IdCardReaderEmulator emulator = emulator(pty, settings.baud());
             IdCardReader reader = connect(pty, settings.baud(), watching)) {
            reader.addCardListener(events);
            emulator.place(card);
            events.await(CardEvents.Kind.READ);
            return LatencyHarness.measure(settings.warmupRounds(), settings.rounds(), (slot, slots) -> {
                emulator.remove();
                events.await(CardEvents.Kind.REMOVED);
                Thread.sleep(Duration.ofNanos((long) ((slot + 0.5) / slots * cycleNanos)));
                long placed = System.nanoTime();
                emulator.place(card);
                return events.await(CardEvents.Kind.READ) - placed;
            });
        }
    }

    private static IdCardReaderEmulator emulator(PtyPair pty, int baud) {
        IdCardReaderEmulator emulator = IdCardReaderEmulator.builder().serial(pty.devicePath()).baud(baud).build();
        emulator.start();
        return emulator;
    }

    private static IdCardReader connect(PtyPair pty, int baud, IdCardReader.Options options)
            throws MeasurementException, InterruptedException {
        return LatencyHarness.connected(new IdCardReader("idcard-bench",
                new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), baud)), options, Clock.systemUTC()));
    }

    /** The watching driver's card events, stamped on the driver's thread as they are delivered. */
    private static final class CardEvents implements CardListener {

        enum Kind { READ, UNREADABLE, REMOVED }

        private record Event(Kind kind, long nanos, DeviceException error) {
        }

        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

        @Override
        public void cardRead(IdentityDocument document) {
            queue.add(new Event(Kind.READ, System.nanoTime(), null));
        }

        @Override
        public void cardUnreadable(DeviceException error) {
            queue.add(new Event(Kind.UNREADABLE, System.nanoTime(), error));
        }

        @Override
        public void cardRemoved() {
            queue.add(new Event(Kind.REMOVED, System.nanoTime(), null));
        }

        /** The time the next event was delivered, which must be of kind {@code wanted}. */
        long await(Kind wanted) throws MeasurementException, InterruptedException {
            Event event = queue.poll(EVENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new MeasurementException("no card event within " + EVENT_TIMEOUT.toSeconds() + " s, waiting for " + wanted);
            }
            if (event.kind() != wanted) {
                String detail = event.error() == null ? "" : " (" + event.error().code() + ")";
                throw new MeasurementException("waiting for " + wanted + ", the driver reported " + event.kind() + detail);
            }
            return event.nanos();
        }
    }

    static void print(Report report, PrintStream out) {
        Settings s = report.settings();
        int baud = s.baud();
        out.printf("ID-card read, card \"%s\", %d baud over a socat pty: %d rounds after %d warm-up%n",
                CARD, baud, s.rounds(), s.warmupRounds());
        out.printf("Bytes on the line, command + reply, %d bits a byte:%n", WireTime.BITS_PER_BYTE);
        WireTime.printBytes(out, IdCardWireTime.readPath(), baud, 20);
        out.println();
        String header = "%-36s %8s %10s %8s %10s %8s %9s %8s  %s%n";
        String row = "%-36s %8.2f %10s %8.2f %10.2f %8.2f %+8.1f%% %8.2f  %s%n";
        out.printf(header, "", "wire ms", "wait ms", "mean ms", "median ms", "p95 ms", "overhead", "ours ms", LatencyHarness.targetHeading());
        Stats a = report.readPath();
        out.printf(row, "(a) readCard(false)", report.wireMs(), "-", a.meanMs(), a.medianMs(), a.p95Ms(),
                100 * report.readPathOverhead(), a.medianMs() - report.pacedMs(), LatencyHarness.verdict(report.readPathMeetsTarget()));
        for (WatchResult w : report.watching()) {
            Stats b = w.placedToRead();
            double pollWait = report.pollWaitMs(w.pollInterval());
            out.printf(row, "(b) placed -> cardRead, poll " + w.pollInterval().toMillis() + " ms", report.wireMs(),
                    String.format("%.2f", pollWait), b.meanMs(), b.medianMs(), b.p95Ms(), 100 * report.watchOverhead(w),
                    b.meanMs() - pollWait - report.pacedMs(), LatencyHarness.verdict(report.meetsTarget(w)));
        }
        out.println("overhead (a) = (median - wire) / wire.");
        out.println("overhead (b) = (mean - wait - wire) / wire; wait = the expected wait for the next find-card, half of");
        out.println("  (interval + a find-card exchange without a card, " + IdCardWireTime.findNoCard().hostBytes() + " + "
                + IdCardWireTime.findNoCard().replyBytes() + " bytes), with placements spread evenly over that cycle.");
        out.println("ours = measured (median for a, mean less wait for b) - the paced replies: what the driver, the pty and");
        out.println("  the emulator's scheduling add to the time the emulator spends sending.");
    }
}

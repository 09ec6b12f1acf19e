package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.kiosk.device.DeviceException;
import org.kiosk.device.connection.Backoff;
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

    /** The target: our software adds under 10% to the time on the wire. */
    public static final double TARGET_OVERHEAD = 0.10;

    /** A card without fingerprints, so that {@code 30 01} is answered with the 1295-byte frame. */
    static final String CARD = "resident";

    private static final int CANNOT_MEASURE = 2;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READER_PROCESSING_TIME = Duration.ofSeconds(1);
    private static final Backoff RECONNECT = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    /**
     * @param rounds        measured rounds of each scenario
     * @param warmupRounds  rounds run first and not counted (class loading, JIT)
     * @param pollIntervals the watching driver's poll intervals to measure (b) at
     */
    public record Settings(int rounds, int warmupRounds, int baud, List<Duration> pollIntervals) {

        public Settings {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
            if (warmupRounds < 0) {
                throw new IllegalArgumentException("warm-up rounds must not be negative, got " + warmupRounds);
            }
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

    /** Wall times of the measured rounds, in milliseconds; p95 by nearest rank. */
    public record Stats(int count, double meanMs, double medianMs, double p95Ms) {

        static Stats of(long[] nanos) {
            if (nanos.length == 0) {
                throw new IllegalArgumentException("no samples");
            }
            double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
            int n = ms.length;
            double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
            double p95 = ms[(int) Math.ceil(0.95 * n) - 1];
            return new Stats(n, Arrays.stream(ms).average().orElseThrow(), median, p95);
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
            return IdCardWireTime.millis(IdCardWireTime.totalBytes(IdCardWireTime.readPath()), settings.baud());
        }

        /** The replies alone: what the emulator spends, as the host's commands cross the pty at once. */
        public double pacedMs() {
            return IdCardWireTime.millis(IdCardWireTime.replyBytes(IdCardWireTime.readPath()), settings.baud());
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
            double cycle = pollInterval.toNanos() / 1e6 + IdCardWireTime.millis(IdCardWireTime.findNoCard().bytes(), settings.baud());
            return cycle / 2;
        }

        /** (b): the mean less the expected poll wait, against the wire time of the read. */
        public double watchOverhead(WatchResult result) {
            return (result.placedToRead().meanMs() - pollWaitMs(result.pollInterval()) - wireMs()) / wireMs();
        }

        public boolean readPathMeetsTarget() {
            return readPathOverhead() < TARGET_OVERHEAD;
        }

        public boolean meetsTarget(WatchResult result) {
            return watchOverhead(result) < TARGET_OVERHEAD;
        }
    }

    /** The harness could not take its measurements: the emulator or driver did not behave as a read needs. */
    public static final class MeasurementException extends Exception {

        MeasurementException(String message) {
            super(message);
        }

        MeasurementException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private IdCardReadLatency() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: IdCardReadLatency [--rounds N] [--warmup N] [--poll-ms MS[,MS...]] [--baud N]");
            System.exit(CANNOT_MEASURE);
            return;
        }
        Report report;
        try {
            report = run(settings);
        } catch (IOException | MeasurementException e) {
            System.err.println("Cannot measure the ID-card read: " + e.getMessage());
            System.exit(CANNOT_MEASURE);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("ID-card read measurement interrupted");
            System.exit(CANNOT_MEASURE);
            return;
        }
        print(report, System.out);
    }

    static Settings parse(String[] args) {
        Settings d = Settings.defaults();
        int rounds = d.rounds();
        int warmup = d.warmupRounds();
        int baud = d.baud();
        List<Duration> polls = d.pollIntervals();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--rounds" -> rounds = integer(option, value);
                case "--warmup" -> warmup = integer(option, value);
                case "--baud" -> baud = integer(option, value);
                case "--poll-ms" -> {
                    List<Duration> parsed = new ArrayList<>();
                    for (String ms : value.split(",")) {
                        parsed.add(Duration.ofMillis(integer(option, ms.strip())));
                    }
                    polls = parsed;
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Settings(rounds, warmup, baud, polls);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'");
        }
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
        IdCardReader.Options onDemand = new IdCardReader.Options(READER_PROCESSING_TIME, Duration.ofMinutes(10), RECONNECT, false, false);
        try (PtyPair pty = PtyPair.start();
             IdCardReaderEmulator emulator = emulator(pty, settings.baud());
             IdCardReader reader = connect(pty, settings.baud(), onDemand)) {
            emulator.place(card);
            long[] samples = new long[settings.rounds()];
            for (int i = -settings.warmupRounds(); i < settings.rounds(); i++) {
                long start = System.nanoTime();
                read(reader);
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    samples[i] = took;
                }
            }
            return Stats.of(samples);
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
        IdCardReader.Options watching = new IdCardReader.Options(READER_PROCESSING_TIME, poll, RECONNECT, true, false);
        long cycleNanos = poll.toNanos() + (long) (IdCardWireTime.millis(IdCardWireTime.findNoCard().bytes(), settings.baud()) * 1e6);
        CardEvents events = new CardEvents();
        try (PtyPair pty = PtyPair.start();
             IdCardReaderEmulator emulator = emulator(pty, settings.baud());
             IdCardReader reader = connect(pty, settings.baud(), watching)) {
            reader.addCardListener(events);
            emulator.place(card);
            events.await(CardEvents.Kind.READ);
            long[] samples = new long[settings.rounds()];
            for (int i = -settings.warmupRounds(); i < settings.rounds(); i++) {
                int slot = i < 0 ? i + settings.warmupRounds() : i;
                int slots = i < 0 ? settings.warmupRounds() : settings.rounds();
                emulator.remove();
                events.await(CardEvents.Kind.REMOVED);
                Thread.sleep(Duration.ofNanos((long) ((slot + 0.5) / slots * cycleNanos)));
                long placed = System.nanoTime();
                emulator.place(card);
                long delivered = events.await(CardEvents.Kind.READ);
                if (i >= 0) {
                    samples[i] = delivered - placed;
                }
            }
            return Stats.of(samples);
        }
    }

    private static IdCardReaderEmulator emulator(PtyPair pty, int baud) {
        IdCardReaderEmulator emulator = IdCardReaderEmulator.builder().serial(pty.devicePath()).baud(baud).build();
        emulator.start();
        return emulator;
    }

    private static IdCardReader connect(PtyPair pty, int baud, IdCardReader.Options options)
            throws MeasurementException, InterruptedException {
        IdCardReader reader = new IdCardReader("idcard-bench", new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), baud)),
                options, Clock.systemUTC());
        reader.start();
        if (!reader.awaitConnected(CONNECT_TIMEOUT)) {
            String why = reader.lastFailure().orElse("no reason given");
            reader.close();
            throw new MeasurementException("the driver did not reach the emulator within " + CONNECT_TIMEOUT.toSeconds() + " s: " + why);
        }
        return reader;
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
        List<IdCardWireTime.Exchange> path = IdCardWireTime.readPath();
        out.printf("ID-card read, card \"%s\", %d baud over a socat pty: %d rounds after %d warm-up%n",
                CARD, baud, s.rounds(), s.warmupRounds());
        out.printf("Bytes on the line, command + reply, %d bits a byte:%n", IdCardWireTime.BITS_PER_BYTE);
        for (IdCardWireTime.Exchange e : path) {
            out.printf("  %-20s %5d + %4d%n", e.name(), e.commandBytes(), e.replyBytes());
        }
        out.printf("  %-20s %12d bytes = %.2f ms (the replies alone, which the emulator paces: %d bytes = %.2f ms)%n",
                "total", IdCardWireTime.totalBytes(path), report.wireMs(), IdCardWireTime.replyBytes(path), report.pacedMs());
        out.println();
        String header = "%-36s %8s %10s %8s %10s %8s %9s %8s  %s%n";
        String row = "%-36s %8.2f %10s %8.2f %10.2f %8.2f %+8.1f%% %8.2f  %s%n";
        out.printf(header, "", "wire ms", "wait ms", "mean ms", "median ms", "p95 ms", "overhead", "ours ms", "target <" + percent(TARGET_OVERHEAD));
        Stats a = report.readPath();
        out.printf(row, "(a) readCard(false)", report.wireMs(), "-", a.meanMs(), a.medianMs(), a.p95Ms(),
                100 * report.readPathOverhead(), a.medianMs() - report.pacedMs(), verdict(report.readPathMeetsTarget()));
        for (WatchResult w : report.watching()) {
            Stats b = w.placedToRead();
            double pollWait = report.pollWaitMs(w.pollInterval());
            out.printf(row, "(b) placed -> cardRead, poll " + w.pollInterval().toMillis() + " ms", report.wireMs(),
                    String.format("%.2f", pollWait), b.meanMs(), b.medianMs(), b.p95Ms(), 100 * report.watchOverhead(w),
                    b.meanMs() - pollWait - report.pacedMs(), verdict(report.meetsTarget(w)));
        }
        out.println("overhead (a) = (median - wire) / wire.");
        out.println("overhead (b) = (mean - wait - wire) / wire; wait = the expected wait for the next find-card, half of");
        out.println("  (interval + a find-card exchange without a card, " + IdCardWireTime.findNoCard().commandBytes() + " + "
                + IdCardWireTime.findNoCard().replyBytes() + " bytes), with placements spread evenly over that cycle.");
        out.println("ours = measured (median for a, mean less wait for b) - the paced replies: what the driver, the pty and");
        out.println("  the emulator's scheduling add to the time the emulator spends sending.");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}

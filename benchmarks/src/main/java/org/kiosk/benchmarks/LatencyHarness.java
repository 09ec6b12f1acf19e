package org.kiosk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.kiosk.device.connection.Backoff;
import org.kiosk.device.connection.ConnectedDevice;

/**
 * What the latency harnesses ({@link IdCardReadLatency}, {@link FingerprintVerificationLatency}) share: the command
 * line, the exit codes, the warm-up and measured rounds, connecting the driver to its emulator and the verdict.
 */
final class LatencyHarness {

    /** The target: our software adds under 10% to the time on the wire. */
    static final double TARGET_OVERHEAD = 0.10;

    /** The exit code when a harness cannot measure; whether the target is met or not, it exits 0. */
    static final int CANNOT_MEASURE = 2;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Backoff RECONNECT = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    /** Runs a harness's measurement once. */
    @FunctionalInterface
    interface Measurement<S, R> {
        R run(S settings) throws IOException, MeasurementException, InterruptedException;
    }

    /** One round, given its place among the rounds of its kind (warm-up or measured); returns the nanoseconds it timed. */
    @FunctionalInterface
    interface Round {
        long nanos(int slot, int slots) throws MeasurementException, InterruptedException;
    }

    private LatencyHarness() {
    }

    /**
     * A harness's {@code main}: parses the arguments, measures and prints to standard out; a bad argument or a
     * failed measurement is explained on standard error and exits {@link #CANNOT_MEASURE}.
     *
     * @param usage   the usage line shown after a bad argument
     * @param subject what is measured, lower case after its first word, e.g. {@code "ID-card read"}
     */
    static <S, R> void main(String[] args, String usage, String subject, Function<String[], S> parse,
            Measurement<S, R> measurement, BiConsumer<R, PrintStream> print) {
        S settings;
        try {
            settings = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(CANNOT_MEASURE);
            return;
        }
        R report;
        try {
            report = measurement.run(settings);
        } catch (IOException | MeasurementException e) {
            System.err.println("Cannot measure the " + subject + ": " + e.getMessage());
            System.exit(CANNOT_MEASURE);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println(Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " measurement interrupted");
            System.exit(CANNOT_MEASURE);
            return;
        }
        print.accept(report, System.out);
    }

    /**
     * The {@code --option value} pairs of {@code args}, a later one of an option replacing an earlier one.
     *
     * @throws IllegalArgumentException for an option outside {@code known} or one without a value
     */
    static Map<String, String> options(String[] args, String... known) {
        List<String> knownOptions = Arrays.asList(known);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            if (!knownOptions.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            options.put(option, args[i + 1]);
        }
        return options;
    }

    /** The whole number {@code options} gives {@code option}, or {@code otherwise} when it gives none. */
    static int integer(Map<String, String> options, String option, int otherwise) {
        String value = options.get(option);
        return value == null ? otherwise : integer(option, value);
    }

    static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'");
        }
    }

    static void requireRounds(int rounds, int warmupRounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        if (warmupRounds < 0) {
            throw new IllegalArgumentException("warm-up rounds must not be negative, got " + warmupRounds);
        }
    }

    /** Runs the warm-up rounds, uncounted (class loading, JIT), then the measured ones. */
    static Stats measure(int warmupRounds, int rounds, Round round) throws MeasurementException, InterruptedException {
        for (int slot = 0; slot < warmupRounds; slot++) {
            round.nanos(slot, warmupRounds);
        }
        long[] samples = new long[rounds];
        for (int slot = 0; slot < rounds; slot++) {
            samples[slot] = round.nanos(slot, rounds);
        }
        return Stats.of(samples);
    }

    /** Starts {@code driver} and waits until it has reached its emulator; closes it when it does not in time. */
    static <D extends ConnectedDevice> D connected(D driver) throws MeasurementException, InterruptedException {
        driver.start();
        if (!driver.awaitConnected(CONNECT_TIMEOUT)) {
            String why = driver.lastFailure().orElse("no reason given");
            driver.close();
            throw new MeasurementException("the driver did not reach the emulator within " + CONNECT_TIMEOUT.toSeconds() + " s: " + why);
        }
        return driver;
    }

    /** The heading of the verdict column. */
    static String targetHeading() {
        return "target <" + Math.round(TARGET_OVERHEAD * 100) + "%";
    }

    static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}

package org.kiosk.benchmarks;

import java.util.Arrays;

/** Wall times of the measured rounds, in milliseconds; p95 by nearest rank. */
public record Stats(int count, double meanMs, double medianMs, double p95Ms) {

    static Stats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        int n = ms.length;
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        return new Stats(n, Arrays.stream(ms).average().orElseThrow(), median, nearestRank(ms, 0.95));
    }

    /** The {@code fraction} percentile by nearest rank of {@code nanos}, in milliseconds. */
    static double percentileMs(long[] nanos, double fraction) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        return nearestRank(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray(), fraction);
    }

    private static double nearestRank(double[] sortedMs, double fraction) {
        return sortedMs[Math.max(0, (int) Math.ceil(fraction * sortedMs.length) - 1)];
    }
}

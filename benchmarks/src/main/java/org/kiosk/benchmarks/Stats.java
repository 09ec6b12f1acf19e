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
        double p95 = ms[(int) Math.ceil(0.95 * n) - 1];
        return new Stats(n, Arrays.stream(ms).average().orElseThrow(), median, p95);
    }
}

package org.programmeregistry.bootstrap.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Summary statistics of a few measured values. */
record Stats(double mean, double stdev, double min, double max, int n) {

    static Stats of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double var = v.length < 2 ? 0 : Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
        return new Stats(mean, Math.sqrt(var), Arrays.stream(v).min().orElse(Double.NaN), Arrays.stream(v).max().orElse(Double.NaN),
                v.length);
    }

    /** Coefficient of variation in percent. */
    double cv() {
        return 100 * stdev / mean;
    }

    String opsPerSecond() {
        return String.format(Locale.ROOT, "%,.0f ± %.0f (cv %.1f%%, min %,.0f, max %,.0f)", mean, stdev, cv(), min, max);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

package com.orderdesk.logic.prediction;

import java.util.Arrays;

/** Weighted quantiles of a set of values, and their compression to a few representative points. */
final class WeightedValues {
    final double[] values;
    final double[] weights;

    WeightedValues(double[] values, double[] weights) {
        this.values = values;
        this.weights = weights;
    }

    static final WeightedValues EMPTY = new WeightedValues(new double[0], new double[0]);

    boolean isEmpty() {
        return values.length == 0;
    }

    double totalWeight() {
        double t = 0;
        for (double w : weights) {
            t += w;
        }
        return t;
    }

    /** Sorted by value, keeping each value's weight (copies: the arguments are left as they are). */
    static WeightedValues sorted(double[] values, double[] weights, int n) {
        double[] v = Arrays.copyOf(values, n);
        double[] w = Arrays.copyOf(weights, n);
        ParallelSort.sort(v, w, n);
        return new WeightedValues(v, w);
    }

    /** The weighted quantile (values must be sorted). */
    double quantile(double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double target = q * totalWeight();
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (cumulative >= target) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /**
     * At most {@code points} values of equal weight standing for the distribution (its quantiles at
     * the middle of each slice), so that predictions cost the same for long and short histories.
     */
    WeightedValues compress(int points) {
        if (values.length <= points) {
            return this;
        }
        double[] v = new double[points];
        double[] w = new double[points];
        double each = totalWeight() / points;
        for (int k = 0; k < points; k++) {
            v[k] = quantile((k + 0.5) / points);
            w[k] = each;
        }
        return new WeightedValues(v, w);
    }
}

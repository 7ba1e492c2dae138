package com.orderdesk.logic.prediction;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The probabilities of the dates on which an invoice may be paid. The probabilities add up to at
 * most 1; what is missing is the chance that it is never paid (stays unpaid indefinitely).
 */
public final class PayDateDistribution {
    private final long[] epochDays;
    private final double[] probabilities;
    private final double unpaid;

    /** @param epochDays ascending, distinct; {@code probabilities} of the same length, each > 0 */
    PayDateDistribution(long[] epochDays, double[] probabilities, double unpaid) {
        this.epochDays = epochDays;
        this.probabilities = probabilities;
        this.unpaid = unpaid;
    }

    /** Builds one from weighted samples (any order, repeats allowed) and the weight of "never paid". */
    static PayDateDistribution of(long[] days, double[] weights, int count, double neverWeight) {
        double total = neverWeight;
        for (int i = 0; i < count; i++) {
            total += weights[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("no weight");
        }
        long[] sortedDays = Arrays.copyOf(days, count);
        double[] sortedWeights = Arrays.copyOf(weights, count);
        ParallelSort.sort(sortedDays, sortedWeights, count);
        long[] outDays = new long[count];
        double[] outP = new double[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (sortedWeights[i] <= 0) {
                continue;
            }
            if (n > 0 && outDays[n - 1] == sortedDays[i]) {
                outP[n - 1] += sortedWeights[i] / total;
            } else {
                outDays[n] = sortedDays[i];
                outP[n++] = sortedWeights[i] / total;
            }
        }
        return new PayDateDistribution(Arrays.copyOf(outDays, n), Arrays.copyOf(outP, n), neverWeight / total);
    }

    /** The probability that the invoice is never paid. */
    public double unpaidProbability() {
        return unpaid;
    }

    /** The probability that it is paid on a day from {@code from} to {@code to}, both included. */
    public double probabilityBetween(LocalDate from, LocalDate to) {
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        double p = 0;
        for (int i = 0; i < epochDays.length; i++) {
            if (epochDays[i] >= lo && epochDays[i] <= hi) {
                p += probabilities[i];
            }
        }
        return p;
    }

    /** The probability that it is paid after {@code day}, or never. */
    public double probabilityAfter(LocalDate day) {
        long d = day.toEpochDay();
        double p = unpaid;
        for (int i = 0; i < epochDays.length; i++) {
            if (epochDays[i] > d) {
                p += probabilities[i];
            }
        }
        return p;
    }

    /**
     * The median pay date: the date by which the invoice is paid with probability at least one
     * half, or {@code null} when it is more likely than not never paid.
     */
    public LocalDate median() {
        double cumulative = 0;
        for (int i = 0; i < epochDays.length; i++) {
            cumulative += probabilities[i];
            if (cumulative >= 0.5 - 1e-12) {
                return LocalDate.ofEpochDay(epochDays[i]);
            }
        }
        return null;
    }

    /** Adds {@code amount} times each date's probability to the bucket of that date's week. */
    void spreadInto(double amount, long firstMonday, double[] weekly) {
        for (int i = 0; i < epochDays.length; i++) {
            long week = Math.floorDiv(epochDays[i] - firstMonday, 7);
            if (week >= 0 && week < weekly.length) {
                weekly[(int) week] += amount * probabilities[i];
            }
        }
    }

    @Override
    public String toString() {
        return "PayDateDistribution[" + epochDays.length + " dates, unpaid " + unpaid + "]";
    }
}

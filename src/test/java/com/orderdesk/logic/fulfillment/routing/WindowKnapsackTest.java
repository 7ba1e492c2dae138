package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowKnapsack} against every whole load of small random item sets: exact when it completes,
 * and when it gives up (budgets of a few visits) its lower bound is never above the least value.
 */
class WindowKnapsackTest {

    @Test
    void exactWhenCompleteAndALowerBoundWhenItGivesUp() {
        SplittableRandom r = new SplittableRandom(17);
        WindowKnapsack k = new WindowKnapsack(6);
        int gaveUp = 0;
        int strict = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int count = r.nextInt(1, 6);
            long[] w = new long[count];
            double[] c = new double[count];
            int[] a = new int[count];
            for (int i = 0; i < count; i++) {
                w[i] = r.nextInt(1, 9) * 100_000L;
                c[i] = Math.round((r.nextDouble() * 2 - 1.3) * 100) / 100.0;
                a[i] = r.nextInt(1, 4);
            }
            sortByValuePerKg(w, c, a);
            long cap = r.nextInt(0, 30) * 100_000L;
            long floor = r.nextInt(3) == 0 ? 0 : r.nextInt(0, 25) * 100_000L;
            double exact = least(w, c, a, 0, floor, cap, 0);
            long budget = r.nextInt(2) == 0 ? 1_000_000 : r.nextInt(1, 12);
            double v = k.solve(w, c, a, count, floor, cap, budget);
            if (Double.isNaN(v)) {
                gaveUp++;
                assertThat(k.lowerBound()).as("trial %d", trial).isLessThanOrEqualTo(exact + 1e-9);
                strict += k.lowerBound() > k.root() + 1e-9 ? 1 : 0;
            } else {
                assertThat(v).as("trial %d", trial).isCloseTo(exact, org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        assertThat(gaveUp).isGreaterThan(1000);
        assertThat(strict).as("gave-up bounds above the root LP").isGreaterThan(100);
    }

    private static double least(long[] w, double[] c, int[] a, int i, long floor, long cap, double value) {
        if (cap < 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (i == w.length) {
            return floor <= 0 ? value : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= a[i]; m++) {
            best = Math.min(best, least(w, c, a, i + 1, floor - m * w[i], cap - m * w[i], value + m * c[i]));
        }
        return best;
    }

    private static void sortByValuePerKg(long[] w, double[] c, int[] a) {
        for (int i = 1; i < w.length; i++) {
            for (int j = i; j > 0 && c[j] / w[j] < c[j - 1] / w[j - 1]; j--) {
                long tw = w[j]; w[j] = w[j - 1]; w[j - 1] = tw;
                double tc = c[j]; c[j] = c[j - 1]; c[j - 1] = tc;
                int ta = a[j]; a[j] = a[j - 1]; a[j - 1] = ta;
            }
        }
    }
}

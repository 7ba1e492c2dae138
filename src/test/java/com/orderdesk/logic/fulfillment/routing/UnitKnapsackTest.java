package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The whole-unit knapsack that raises the large orders' level bounds ({@link UnitKnapsack}): its
 * value equals the least over every whole-unit load within the cap (so the bound stays valid and
 * is as tight as whole units make it), its load is such a load, and it is never under the
 * fractional knapsack's value (or the bound would not have risen).
 */
class UnitKnapsackTest {

    @Test
    void itsValueIsTheLeastOverEveryWholeUnitLoadWithinTheCap() {
        SplittableRandom r = new SplittableRandom(7);
        int strict = 0;
        for (int trial = 0; trial < 400; trial++) {
            int count = r.nextInt(1, 8);
            long[] w = new long[count];
            double[] c = new double[count];
            int[] a = new int[count];
            Integer[] byRatio = new Integer[count];
            for (int i = 0; i < count; i++) {
                w[i] = 10_000L * r.nextInt(5, 400); // 0.05-4 kg, in micro-kg as the router's weights
                c[i] = -Math.round(r.nextDouble() * 1_500) / 100.0;
                a[i] = r.nextInt(1, 4);
                byRatio[i] = i;
            }
            Arrays.sort(byRatio, (x, y) -> Double.compare(c[x] / w[x], c[y] / w[y]));
            long[] sw = new long[count];
            double[] sc = new double[count];
            int[] sa = new int[count];
            for (int i = 0; i < count; i++) {
                sw[i] = w[byRatio[i]];
                sc[i] = c[byRatio[i]];
                sa[i] = a[byRatio[i]];
            }
            long cap = 10_000L * r.nextInt(1, 1_200);
            UnitKnapsack k = new UnitKnapsack(count);
            double v = k.solve(sw, sc, sa, count, cap, 1_000_000);
            double least = least(sw, sc, sa, 0, cap, 0);
            assertThat(v).as("trial %d", trial).isCloseTo(least, within(1e-9));
            long used = 0;
            double value = 0;
            for (int i = 0; i < count; i++) {
                assertThat(k.taken(i)).isBetween(0, sa[i]);
                used += k.taken(i) * sw[i];
                value += k.taken(i) * sc[i];
            }
            assertThat(used).isLessThanOrEqualTo(cap);
            assertThat(value).isCloseTo(v, within(1e-9));
            double fractional = fractional(sw, sc, sa, cap);
            assertThat(v).isGreaterThanOrEqualTo(fractional - 1e-9);
            strict += v > fractional + 1e-6 ? 1 : 0;
        }
        assertThat(strict).as("loads where whole units raise the value").isGreaterThan(50);
    }

    @Test
    void pastItsVisitsItGivesUpInsteadOfAnsweringWrong() {
        int count = 30;
        long[] w = new long[count];
        double[] c = new double[count];
        int[] a = new int[count];
        for (int i = 0; i < count; i++) {
            w[i] = 1_000_003L + 7919L * i;
            c[i] = -(w[i] / 1e6) * (1 - i * 1e-4); // nearly equal value per kg: a long search
            a[i] = 1;
        }
        double v = new UnitKnapsack(count).solve(w, c, a, count, 15_500_000L, 50);
        assertThat(v).isNaN();
    }

    private static double least(long[] w, double[] c, int[] a, int i, long left, double value) {
        if (i == w.length) {
            return value;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= a[i] && m * w[i] <= left; m++) {
            best = Math.min(best, least(w, c, a, i + 1, left - m * w[i], value + m * c[i]));
        }
        return best;
    }

    private static double fractional(long[] w, double[] c, int[] a, long cap) {
        double v = 0;
        for (int i = 0; i < w.length; i++) {
            double units = Math.min(a[i], (double) cap / w[i]);
            v += units * c[i];
            cap -= (long) Math.floor(units * w[i]);
            if (units < a[i]) {
                break;
            }
        }
        return v;
    }
}

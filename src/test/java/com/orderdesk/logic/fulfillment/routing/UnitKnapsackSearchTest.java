package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitKnapsack}'s search crosses runs of items that do not fit at once instead of node by
 * node; the level bounds must not move for it. Against the recursive Horowitz-Sahni search it
 * replaced (kept here as the reference): the same value to the bit, the same load and the same
 * give-ups under small visit limits, on loads like the router's (sorted by value per kg, with
 * ties, near ties, items of no units, many units) and on unsorted ones.
 */
class UnitKnapsackSearchTest {

    @Test
    void itGivesTheRecursiveSearchsValueLoadAndGiveUps() {
        SplittableRandom r = new SplittableRandom(17);
        int gaveUp = 0;
        int solved = 0;
        for (int trial = 0; trial < 6_000; trial++) {
            int count = r.nextInt(1, trial % 3 == 0 ? 12 : 60);
            long[] w = new long[count];
            double[] c = new double[count];
            int[] a = new int[count];
            for (int i = 0; i < count; i++) {
                w[i] = 10_000L * r.nextInt(5, 2_000);
                double perKg = -r.nextInt(1, 30) * (r.nextInt(4) == 0 ? 1 : 1 + r.nextDouble() * 1e-13);
                c[i] = trial % 2 == 0 ? perKg * w[i] / 1e6 : -Math.round(r.nextDouble() * 5_000) / 100.0;
                a[i] = r.nextInt(8) == 0 ? 0 : r.nextInt(1, trial % 5 == 0 ? 40 : 4);
            }
            if (trial % 7 != 0) { // the router's order: best value per kg first
                sortByRatio(w, c, a);
            }
            long cap = 10_000L * r.nextInt(1, 20_000);
            long maxVisits = trial % 4 == 0 ? 1_000_000 : r.nextInt(1, 400);
            Reference ref = new Reference(w, c, a, maxVisits);
            double expected = ref.solve(cap);
            UnitKnapsack k = new UnitKnapsack(count);
            double v = k.solve(w, c, a, count, cap, maxVisits);
            assertThat(Double.doubleToLongBits(v)).as("trial %d: %s against %s", trial, v, expected)
                    .isEqualTo(Double.doubleToLongBits(expected));
            if (Double.isNaN(expected)) {
                gaveUp++;
                continue;
            }
            solved++;
            for (int i = 0; i < count; i++) {
                assertThat(k.taken(i)).as("trial %d item %d", trial, i).isEqualTo(ref.bestTake[i]);
            }
        }
        assertThat(gaveUp).as("searches that gave up").isGreaterThan(300);
        assertThat(solved).as("searches that finished").isGreaterThan(3_000);
    }

    private static void sortByRatio(long[] w, double[] c, int[] a) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(c[x] / w[x], c[y] / w[y]));
        long[] sw = w.clone();
        double[] sc = c.clone();
        int[] sa = a.clone();
        for (int i = 0; i < order.length; i++) {
            w[i] = sw[order[i]];
            c[i] = sc[order[i]];
            a[i] = sa[order[i]];
        }
    }

    /** The search as it was: recursive, node by node, the fractional bound at every node. */
    private static final class Reference {
        final long[] w;
        final double[] c;
        final int[] a;
        final int[] take;
        final int[] bestTake;
        final long maxVisits;
        long visits;
        double best;

        Reference(long[] w, double[] c, int[] a, long maxVisits) {
            this.w = w;
            this.c = c;
            this.a = a;
            this.maxVisits = maxVisits;
            take = new int[w.length];
            bestTake = new int[w.length];
        }

        double solve(long cap) {
            best = 0;
            long left = cap;
            for (int i = 0; i < w.length; i++) {
                int m = (int) Math.min(a[i], left / w[i]);
                bestTake[i] = m;
                best += m * c[i];
                left -= m * w[i];
            }
            search(0, cap, 0);
            return visits > maxVisits ? Double.NaN : best;
        }

        void search(int k, long left, double value) {
            if (++visits > maxVisits) {
                return;
            }
            if (k == w.length) {
                if (value < best - 1e-12) {
                    best = value;
                    System.arraycopy(take, 0, bestTake, 0, w.length);
                }
                return;
            }
            if (value + dantzig(k, left) >= best - 1e-9) {
                return;
            }
            for (int m = (int) Math.min(a[k], left / w[k]); m >= 0 && visits <= maxVisits; m--) {
                take[k] = m;
                search(k + 1, left - m * w[k], value + m * c[k]);
            }
            take[k] = 0;
        }

        double dantzig(int k, long left) {
            double v = 0;
            for (int i = k; i < w.length; i++) {
                long all = w[i] * a[i];
                if (all <= left) {
                    v += c[i] * a[i];
                    left -= all;
                } else {
                    return v + c[i] * ((double) left / w[i]);
                }
            }
            return v;
        }
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowKnapsack} against enumeration of every whole load, on what {@code WindowKnapsackTest}'s
 * round weights do not draw: weights of any micro-kg, items of value 0 and of no stock, windows of a
 * single weight (cap = floor). Its value is the least in the window when it finishes; when it gives up
 * (a few visits, as an order past its deadline) {@link WindowKnapsack#lowerBound()} is never above that
 * least value ({@link LeafColumns} prices a node with it; {@code LeafColumnsTest}'s small orders never
 * reach the 20,000 visits where it gives up); and the load it reports as a column lies in the window.
 */
class WindowKnapsackLoadTest {

    @Test
    void exactWhenFinishedAndALowerBoundWhenItGivesUp() {
        SplittableRandom r = new SplittableRandom(17);
        int gaveUp = 0;
        int finished = 0;
        int feasible = 0;
        for (int trial = 0; trial < 30_000; trial++) {
            int count = r.nextInt(1, 7);
            long[] w = new long[count];
            double[] c = new double[count];
            int[] a = new int[count];
            long total = 0;
            for (int i = 0; i < count; i++) {
                w[i] = r.nextInt(4) == 0 ? 1_000_000L * r.nextInt(1, 4) : r.nextLong(1, 5_000_000);
                c[i] = r.nextInt(5) == 0 ? 0 : (r.nextDouble() - 0.55) * 6;
                a[i] = r.nextInt(0, 5);
                total += w[i] * a[i];
            }
            sortByValuePerKg(w, c, a);
            long floor = r.nextInt(4) == 0 ? 0 : r.nextLong(0, total + 2);
            long cap = r.nextInt(5) == 0 ? floor : floor + r.nextLong(0, Math.max(1, total - floor + 2));
            double least = least(w, c, a, floor, cap, 0, 0);
            long maxVisits = r.nextInt(3) == 0 ? 20_000 : r.nextInt(1, 40);
            WindowKnapsack k = new WindowKnapsack(count);
            double v = k.solve(w, c, a, count, floor, cap, maxVisits);
            String what = String.format("trial %d w %s c %s a %s window [%d, %d] visits %d least %.12f", trial,
                    Arrays.toString(w), Arrays.toString(c), Arrays.toString(a), floor, cap, maxVisits, least);
            if (Double.isNaN(v)) {
                gaveUp++;
                assertThat(k.lowerBound()).as(what).isLessThanOrEqualTo(least + 1e-12);
            } else {
                finished++;
                assertThat(v).as(what).isCloseTo(least, org.assertj.core.data.Offset.offset(1e-9));
                if (least < Double.POSITIVE_INFINITY) {
                    assertThat(v).as(what).isLessThanOrEqualTo(least + 1e-12);
                } else {
                    assertThat(v).as(what).isEqualTo(Double.POSITIVE_INFINITY);
                }
            }
            if (k.found()) { // the load it reports lies in the window and is worth no less than the least
                long load = 0;
                double value = 0;
                for (int i = 0; i < count; i++) {
                    assertThat(k.taken(i)).as(what).isBetween(0, a[i]);
                    load += w[i] * k.taken(i);
                    value += c[i] * k.taken(i);
                }
                assertThat(load).as(what).isBetween(floor, cap);
                assertThat(value).as(what).isGreaterThanOrEqualTo(least - 1e-9);
                feasible++;
            }
        }
        System.out.printf("WindowKnapsackLoadTest: %d finished, %d gave up, %d with a load%n", finished, gaveUp, feasible);
        assertThat(gaveUp).isGreaterThan(5_000);
        assertThat(finished).isGreaterThan(5_000);
    }

    /** The least value of a whole load in [floor, cap] by enumeration (+infinity when none). */
    private static double least(long[] w, double[] c, int[] a, long floor, long cap, int i, long load) {
        if (i == w.length) {
            return load >= floor && load <= cap ? 0 : Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int m = 0; m <= a[i]; m++) {
            best = Math.min(best, m * c[i] + least(w, c, a, floor, cap, i + 1, load + m * w[i]));
        }
        return best;
    }

    /** As LeafColumns orders a node's items: least value per kg first. */
    private static void sortByValuePerKg(long[] w, double[] c, int[] a) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(c[x] / w[x], c[y] / w[y]));
        long[] w2 = w.clone();
        double[] c2 = c.clone();
        int[] a2 = a.clone();
        for (int i = 0; i < order.length; i++) {
            w[i] = w2[order[i]];
            c[i] = c2[order[i]];
            a[i] = a2[order[i]];
        }
    }
}

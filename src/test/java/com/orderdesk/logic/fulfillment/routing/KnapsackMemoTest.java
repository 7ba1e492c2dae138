package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The whole-unit knapsacks kept per node and break ({@link UnitKnapsack#solveKept}, {@link
 * KnapsackMemo}) give what searching again gives, to the bit: on a stream of random knapsacks over
 * a few slots, repeated as they were or with one input moved (a value by one ulp, a unit, a gram of
 * weight or cap, the visit limit, one item fewer), the kept instance's value and load are compared
 * with a fresh {@link UnitKnapsack}'s {@link UnitKnapsack#solve}, including searches that give up.
 */
class KnapsackMemoTest {
    private static final int SLOTS = 5;

    @Test
    void keptKnapsacksGiveWhatSearchingAgainGives() {
        SplittableRandom r = new SplittableRandom(17);
        UnitKnapsack kept = new UnitKnapsack(30);
        Instance[] last = new Instance[SLOTS];
        int checked = 0;
        for (int call = 0; call < 6_000; call++) {
            int slot = r.nextInt(SLOTS);
            Instance x = last[slot] == null || r.nextInt(4) == 0 ? Instance.random(r) : last[slot].varied(r);
            double v = kept.solveKept(slot, SLOTS, x.w.clone(), x.c.clone(), x.a.clone(), x.count, x.cap, x.visits);
            int[] keptTake = new int[x.count];
            for (int i = 0; i < x.count; i++) {
                keptTake[i] = kept.taken(i);
            }
            UnitKnapsack fresh = new UnitKnapsack(30);
            double u = fresh.solve(x.w.clone(), x.c.clone(), x.a.clone(), x.count, x.cap, x.visits);
            assertThat(Double.doubleToRawLongBits(v)).as("call %d: value %s against %s", call, v, u)
                    .isEqualTo(Double.doubleToRawLongBits(u));
            for (int i = 0; i < x.count; i++) {
                assertThat(keptTake[i]).as("call %d, item %d", call, i).isEqualTo(fresh.taken(i));
            }
            last[slot] = x;
            checked++;
        }
        assertThat(checked).isEqualTo(6_000);
        // not a vacuous comparison: many calls were given back rather than searched
        assertThat(kept.recalled()).isGreaterThan(1_000);
    }

    /** One knapsack's inputs: items best value per kg first, as the bounds give them. */
    private record Instance(long[] w, double[] c, int[] a, int count, long cap, long visits) {
        static Instance random(SplittableRandom r) {
            int count = r.nextInt(0, 25);
            long[] w = new long[count];
            double[] c = new double[count];
            int[] a = new int[count];
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                w[i] = 10_000L * r.nextInt(5, 400) + r.nextInt(3);
                c[i] = -r.nextDouble() * 15;
                a[i] = r.nextInt(0, 6);
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(c[x] / w[x], c[y] / w[y]));
            long[] sw = new long[count];
            double[] sc = new double[count];
            int[] sa = new int[count];
            for (int i = 0; i < count; i++) {
                sw[i] = w[order[i]];
                sc[i] = c[order[i]];
                sa[i] = a[order[i]];
            }
            // a small visit limit now and then: searches that give up are kept too
            long visits = r.nextInt(3) == 0 ? r.nextInt(5, 60) : 2_000;
            return new Instance(sw, sc, sa, count, 10_000L * r.nextInt(1, 1_500), visits);
        }

        /** The same inputs, or one of them moved a little (the order by value per kg may then be off: solve does not need it). */
        Instance varied(SplittableRandom r) {
            long[] w2 = w.clone();
            double[] c2 = c.clone();
            int[] a2 = a.clone();
            int count2 = count;
            long cap2 = cap;
            long visits2 = visits;
            int i = count == 0 ? -1 : r.nextInt(count);
            switch (r.nextInt(8)) {
                case 0 -> {
                    if (i >= 0) {
                        c2[i] = Math.nextUp(c2[i]);
                    }
                }
                case 1 -> {
                    if (i >= 0) {
                        a2[i] = a2[i] == 0 ? 1 : a2[i] - 1;
                    }
                }
                case 2 -> {
                    if (i >= 0) {
                        w2[i]++;
                    }
                }
                case 3 -> cap2 += 1_000;
                case 4 -> visits2 = visits2 == 2_000 ? 30 : 2_000;
                case 5 -> count2 = Math.max(0, count - 1);
                default -> {
                    // the same inputs, in new arrays
                }
            }
            return new Instance(w2, c2, a2, count2, cap2, visits2);
        }
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Leaves of small enumerable random orders for the leaf solvers' tests ({@link LeafMipTest},
 * {@link LeafColumnsTest}): a random subset of an order's nodes, each at a random level (mostly the
 * level of a random load of its stock, since most uniform levels hold no plan), with the cheapest plan
 * whose nodes ship at exactly those levels and the cheapest of any, both by enumeration.
 */
final class RandomLeaves {
    /** One leaf; {@code random} is the generator's own, for the test's further draws (same stream as before). */
    record Leaf(long seed, OrderProblem p, int[] levels, boolean anyTail, double exact, double any, SplittableRandom random) {
        String describe() {
            return String.format("seed %d order %s levels %s exact %.6f", seed, p.order.id(), Arrays.toString(levels), exact);
        }
    }

    private RandomLeaves() {
    }

    /** Seeds 1..300 of {@link ReferenceModel#enumerableOrders}, 8 node subsets each; {@code salt} varies the draws. */
    static void forEach(long salt, Consumer<Leaf> check) {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed * salt);
            for (OrderProblem whole : ReferenceModel.enumerableOrders(seed, 100_000)) {
                int tail = whole.rates.breakCount();
                for (int trial = 0; trial < 8; trial++) {
                    OrderProblem p = subset(whole, r);
                    if (p == null) {
                        continue;
                    }
                    int[] levels = new int[p.nodeCount];
                    boolean anyTail = false;
                    for (int n = 0; n < p.nodeCount; n++) {
                        int[] load = new int[p.lineCount];
                        for (int l = 0; l < p.lineCount; l++) {
                            load[l] = r.nextInt(p.avail[n][l] + 1);
                        }
                        int at = ReferenceModel.levelOf(p, load);
                        levels[n] = at == LevelBound.CLOSED || r.nextInt(4) == 0 ? r.nextInt(0, tail + 1) : at;
                        anyTail |= levels[n] == tail;
                    }
                    double[] exact = {Double.POSITIVE_INFINITY};
                    double[] any = {Double.POSITIVE_INFINITY};
                    enumerate(p, levels, p.emptyAssignment(), 0, exact, any);
                    check.accept(new Leaf(seed, p, levels, anyTail, exact[0], any[0], r));
                }
            }
        }
    }

    /** A random subset of the order's nodes (each kept with odds 2 in 3), or null when none is kept. */
    static OrderProblem subset(OrderProblem whole, SplittableRandom r) {
        int[] keep = new int[whole.nodeCount];
        int count = 0;
        for (int n = 0; n < whole.nodeCount; n++) {
            if (r.nextInt(3) > 0) {
                keep[count++] = n;
            }
        }
        return count == 0 ? null : whole.restrictedTo(Arrays.copyOf(keep, count), count);
    }

    /** Every assignment within the stock: the least cost with every node at exactly its level ({@code exact}), and of any ({@code any}). */
    static void enumerate(OrderProblem p, int[] levels, int[][] x, int cell, double[] exact, double[] any) {
        if (cell == p.nodeCount * p.lineCount) {
            double cost = p.cost(x);
            any[0] = Math.min(any[0], cost);
            for (int n = 0; n < p.nodeCount; n++) {
                if (ReferenceModel.levelOf(p, x[n]) != levels[n]) {
                    return;
                }
            }
            exact[0] = Math.min(exact[0], cost);
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, levels, x, cell + 1, exact, any);
        }
        x[n][l] = 0;
    }
}

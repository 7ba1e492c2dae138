package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A leaf's branch-and-bound on its LP ({@link LeafMip}), alone (not behind the unit search that
 * {@link LevelPlacement} falls back to), against every assignment of small random orders at random
 * levels: it completes, never reports a plan that is not real or not at its real cost, and finds one
 * at or under the cheapest plan whose nodes ship at exactly the leaf's levels, for limits just above
 * that optimum (where a bound a hair too high would prune it).
 */
class LeafMipTest {

    @Test
    void theLeafOptimumIsNeverPrunedAndEveryPlanIsReal() {
        int checked = 0;
        int found = 0;
        int branched = 0;
        int tails = 0;
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 41);
            for (OrderProblem whole : ReferenceModel.enumerableOrders(seed, 100_000)) {
                int tail = whole.rates.breakCount();
                for (int trial = 0; trial < 8; trial++) {
                    int[] keep = new int[whole.nodeCount];
                    int count = 0;
                    for (int n = 0; n < whole.nodeCount; n++) {
                        if (r.nextInt(3) > 0) {
                            keep[count++] = n;
                        }
                    }
                    if (count == 0) {
                        continue;
                    }
                    OrderProblem p = whole.restrictedTo(Arrays.copyOf(keep, count), count);
                    int[] levels = new int[count];
                    boolean anyTail = false;
                    for (int n = 0; n < count; n++) {
                        // mostly the level of a random load of the node's stock (most uniform levels hold no plan)
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
                    // limits just above the optimum at the levels (a cent, a hundredth of a cent), and well above
                    double[] limits = {exact[0] + 0.01, exact[0] + 1e-4, exact[0] + 1 + r.nextDouble()};
                    for (double below : exact[0] == Double.POSITIVE_INFINITY ? new double[] {1e6} : limits) {
                        LeafMip mip = new LeafMip(p, levels, 1_000_000);
                        SolveResult leaf = mip.solve(below);
                        String what = String.format("seed %d order %s levels %s below %.6f exact %.6f", seed, p.order.id(),
                                Arrays.toString(levels), below, exact[0]);
                        assertThat(leaf.optimal()).as(what).isTrue();
                        if (exact[0] < Double.POSITIVE_INFINITY) {
                            assertThat(leaf.x()).as(what).isNotNull();
                            assertThat(leaf.cost()).as(what).isLessThanOrEqualTo(exact[0] + 1e-9);
                            found++;
                            tails += anyTail ? 1 : 0;
                        }
                        if (leaf.x() != null) {
                            assertThat(p.cost(leaf.x())).as(what).isCloseTo(leaf.cost(), within(1e-9));
                            assertThat(leaf.cost()).as(what).isGreaterThanOrEqualTo(any[0] - 1e-9).isLessThan(below);
                        }
                        branched += mip.nodes() > 1 ? 1 : 0;
                        checked++;
                    }
                }
            }
        }
        System.out.printf("LeafMipTest: %d checked, %d found, %d with a tail, %d branched%n", checked, found, tails, branched);
        assertThat(checked).isGreaterThan(1000);
        assertThat(found).as("leaves holding a plan at their levels").isGreaterThan(300);
        assertThat(tails).as("of them with a node in the tail").isGreaterThan(50);
        assertThat(branched).as("leaves whose LP was not whole at once").isGreaterThan(50);
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

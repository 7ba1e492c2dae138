package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A leaf's exact placement pruned by the leaf's Lagrangian ({@link LeafBound}), against every
 * assignment of small random orders: whatever the multipliers (any {@code lambda <= penalty} gives
 * a valid bound; larger ones are clipped), the search completes at or under the cheapest plan
 * whose nodes ship at exactly the leaf's levels, and what it reports is a real plan under the
 * levels' caps at its real cost.
 */
class LeafBoundTest {

    @Test
    void theLeafSearchNeverMissesThePlansAtItsLevels() {
        int checked = 0;
        int found = 0;
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 29);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                int tail = p.rates.breakCount();
                for (int trial = 0; trial < 8; trial++) {
                    int[] levels = new int[p.nodeCount];
                    int open = 0;
                    for (int n = 0; n < p.nodeCount; n++) {
                        levels[n] = r.nextInt(LevelBound.CLOSED, tail + 1);
                        open += levels[n] == LevelBound.CLOSED ? 0 : 1;
                    }
                    if (open > p.maxShipments) {
                        continue;
                    }
                    double[] exact = {Double.POSITIVE_INFINITY};
                    double[] underCaps = {Double.POSITIVE_INFINITY};
                    enumerate(p, levels, p.emptyAssignment(), 0, exact, underCaps);
                    double[] lambda = randomMultipliers(p, r);
                    double below = (exact[0] < Double.POSITIVE_INFINITY ? exact[0] : underCaps[0]) + 1 + r.nextDouble();
                    if (below == Double.POSITIVE_INFINITY) {
                        below = 1e6;
                    }
                    LevelPlacement.Placed leaf = LevelPlacement.under(p, levels, below, 10_000_000, lambda);
                    String what = String.format("seed %d order %s levels %s lambda %s", seed, p.order.id(),
                            Arrays.toString(levels), Arrays.toString(lambda));
                    assertThat(leaf.complete()).as(what).isTrue();
                    if (exact[0] < Double.POSITIVE_INFINITY) {
                        assertThat(leaf.x()).as(what).isNotNull();
                        assertThat(leaf.cost()).as(what).isLessThanOrEqualTo(exact[0] + 1e-6);
                        found++;
                    }
                    if (leaf.x() != null) {
                        assertThat(p.cost(leaf.x())).as(what).isCloseTo(leaf.cost(), org.assertj.core.api.Assertions.within(1e-9));
                        assertThat(leaf.cost()).as(what).isGreaterThanOrEqualTo(underCaps[0] - 1e-6);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(found).as("leaves holding a plan at their levels").isGreaterThan(100);
    }

    /**
     * The bound itself, at every state the search passes through on the way to each plan at the
     * leaf's levels (the lines before a depth placed, and the line at it up to a stockist): what
     * that state has cost plus the bound never exceeds what the plan costs beyond its fixed part.
     */
    @Test
    void theBoundNeverExceedsWhatAPlanAtTheLevelsCostsFromAnyOfItsStates() {
        int checked = 0;
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 37);
            for (OrderProblem whole : ReferenceModel.enumerableOrders(seed, 20_000)) {
                int tail = whole.rates.breakCount();
                for (int trial = 0; trial < 12; trial++) {
                    OrderProblem p = RandomLeaves.subset(whole, r);
                    if (p == null) {
                        continue;
                    }
                    int k = p.nodeCount;
                    int[] level = new int[k];
                    int[][] some = p.emptyAssignment();
                    for (int n = 0; n < k; n++) {
                        for (int l = 0; l < p.lineCount; l++) {
                            some[n][l] = r.nextInt(0, Math.min(p.avail[n][l], p.qty[l]) + 1);
                        }
                    }
                    for (int n = 0; n < k; n++) {
                        // mostly the levels of some assignment, so that plans at them exist
                        level[n] = ReferenceModel.levelOf(p, some[n]) == LevelBound.CLOSED || r.nextInt(4) == 0 ? r.nextInt(0, tail + 1) : ReferenceModel.levelOf(p, some[n]);
                    }
                    checked += LeafStates.check(p, level, randomMultipliers(p, r), "seed " + seed);
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /**
     * Every assignment within the stock: the least cost of those whose nodes ship at exactly their
     * levels ({@code exact}), and of those whose nodes stay within their levels' caps ({@code underCaps}).
     */
    private static void enumerate(OrderProblem p, int[] levels, int[][] x, int cell, double[] exact, double[] underCaps) {
        if (cell == p.nodeCount * p.lineCount) {
            boolean atLevels = true;
            for (int n = 0; n < p.nodeCount; n++) {
                int level = ReferenceModel.levelOf(p, x[n]);
                if (level > levels[n] || levels[n] == LevelBound.CLOSED && level != LevelBound.CLOSED) {
                    return;
                }
                atLevels &= level == levels[n];
            }
            double cost = p.cost(x);
            underCaps[0] = Math.min(underCaps[0], cost);
            if (atLevels) {
                exact[0] = Math.min(exact[0], cost);
            }
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, levels, x, cell + 1, exact, underCaps);
        }
        x[n][l] = 0;
    }


    /** Multipliers from a fifth of the backorder penalty under zero to 1.1 times it, unclipped: the bound must hold for any. */
    static double[] randomMultipliers(OrderProblem p, SplittableRandom r) {
        double[] lambda = new double[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            lambda[l] = r.nextDouble() * p.backorderPenalty * 1.3 - 0.2 * p.backorderPenalty;
        }
        return lambda;
    }
}

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
                    long[][] cap = new long[k][tail + 1];
                    boolean[][] tailLevel = new boolean[k][tail + 1];
                    double[] perKg = new double[k];
                    int[][] some = p.emptyAssignment();
                    for (int n = 0; n < k; n++) {
                        for (int l = 0; l < p.lineCount; l++) {
                            some[n][l] = r.nextInt(0, Math.min(p.avail[n][l], p.qty[l]) + 1);
                        }
                    }
                    for (int n = 0; n < k; n++) {
                        // mostly the levels of some assignment, so that plans at them exist
                        level[n] = ReferenceModel.levelOf(p, some[n]) == LevelBound.CLOSED || r.nextInt(4) == 0 ? r.nextInt(0, tail + 1) : ReferenceModel.levelOf(p, some[n]);
                        for (int j = 0; j < tail; j++) {
                            cap[n][j] = p.rates.breakAt(j);
                        }
                        cap[n][tail] = Long.MAX_VALUE;
                        tailLevel[n][tail] = true;
                        perKg[n] = p.rates.perKgAboveMax(p.zone[n]);
                    }
                    int[] lineAt = p.heaviestLinesFirst();
                    int[][] stockists = new int[p.lineCount][];
                    for (int d = 0; d < p.lineCount; d++) {
                        int line = lineAt[d];
                        stockists[d] = java.util.stream.IntStream.range(0, k).filter(n -> p.avail[n][line] > 0).boxed()
                                .sorted(java.util.Comparator.comparingDouble(n -> p.pick[n])).mapToInt(Integer::intValue).toArray();
                    }
                    double[] lambda = randomMultipliers(p, r);
                    long[] load = new long[k];
                    long last = p.rates.breakAt(tail - 1);
                    LeafBound bound = new LeafBound(p, lambda, lineAt, stockists, last, perKg, tailLevel, cap, level, load);
                    checked += checkPlans(p, level, lineAt, stockists, perKg, last, bound, load, p.emptyAssignment(), 0);
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /** Every assignment of p at exactly the levels: the bound checked at each of its states; how many states. */
    private static int checkPlans(OrderProblem p, int[] level, int[] lineAt, int[][] stockists, double[] perKg, long last,
                                  LeafBound bound, long[] load, int[][] x, int cell) {
        if (cell < p.nodeCount * p.lineCount) {
            int n = cell / p.lineCount;
            int l = cell % p.lineCount;
            int checked = 0;
            for (int q = 0; q <= Math.min(p.avail[n][l], p.qty[l]); q++) {
                x[n][l] = q;
                checked += checkPlans(p, level, lineAt, stockists, perKg, last, bound, load, x, cell + 1);
            }
            x[n][l] = 0;
            return checked;
        }
        for (int n = 0; n < p.nodeCount; n++) {
            if (ReferenceModel.levelOf(p, x[n]) != level[n]) {
                return 0;
            }
        }
        for (int l = 0; l < p.lineCount; l++) {
            int shipped = 0;
            for (int n = 0; n < p.nodeCount; n++) {
                shipped += x[n][l];
            }
            if (shipped > p.qty[l]) {
                return 0;
            }
        }
        double all = variable(p, x, lineAt, stockists, perKg, last, level, load, p.lineCount, -1);
        double fixed = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            fixed += p.handling[n] + p.rates.priceAt(p.zone[n], Math.min(level[n], p.rates.breakCount() - 1));
        }
        assertThat(fixed + all).as("the plan's cost, split in its fixed and variable parts").isCloseTo(p.cost(x),
                org.assertj.core.api.Assertions.within(1e-6));
        int checked = 0;
        for (int d = 0; d <= p.lineCount; d++) {
            double before = variable(p, x, lineAt, stockists, perKg, last, level, load, d, -1);
            assertThat(before + bound.remainder(d - 1, 0, 0)).as("depth %d of %s", d, Arrays.deepToString(x))
                    .isLessThanOrEqualTo(all + 1e-7);
            checked++;
            for (int s = 0; d < p.lineCount && s < stockists[d].length; s++) {
                double partial = variable(p, x, lineAt, stockists, perKg, last, level, load, d, s);
                int placed = 0;
                for (int i = 0; i <= s; i++) {
                    placed += x[stockists[d][i]][lineAt[d]];
                }
                assertThat(partial + bound.remainder(d, s, p.qty[lineAt[d]] - placed))
                        .as("depth %d stockist %d of %s", d, s, Arrays.deepToString(x)).isLessThanOrEqualTo(all + 1e-7);
                checked++;
            }
        }
        return checked;
    }

    /**
     * What a search state costs beyond the fixed part (pick, a wave's extra, the backorders of the
     * lines finished, the weight above the last break of tail nodes): the lines before depth d,
     * and of the line at d the units of its stockists up to index s; leaves the state's loads in {@code load}.
     */
    private static double variable(OrderProblem p, int[][] x, int[] lineAt, int[][] stockists, double[] perKg, long last,
                                   int[] level, long[] load, int d, int s) {
        Arrays.fill(load, 0);
        double v = 0;
        for (int e = 0; e <= Math.min(d, p.lineCount - 1); e++) {
            int l = lineAt[e];
            int shipped = 0;
            for (int i = 0; i < stockists[e].length && (e < d || i <= s); i++) {
                int n = stockists[e][i];
                shipped += x[n][l];
                load[n] += (long) x[n][l] * p.weight[l];
                v += x[n][l] * (p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]));
            }
            if (e < d) {
                v += (p.qty[l] - shipped) * p.backorderPenalty;
            }
        }
        for (int n = 0; n < p.nodeCount; n++) {
            if (level[n] == p.rates.breakCount()) {
                v += perKg[n] * RateTable.toKg(Math.max(0, load[n] - last));
            }
        }
        return v;
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
    private static double[] randomMultipliers(OrderProblem p, SplittableRandom r) {
        double[] lambda = new double[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            lambda[l] = r.nextDouble() * p.backorderPenalty * 1.3 - 0.2 * p.backorderPenalty;
        }
        return lambda;
    }
}

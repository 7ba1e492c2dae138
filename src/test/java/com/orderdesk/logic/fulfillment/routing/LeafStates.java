package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/**
 * The check of {@link LeafBound} against brute force that {@link LeafBoundTest} and
 * {@link LeafBoundExactBreakTest} share: every plan of a small leaf whose nodes ship at exactly the
 * leaf's levels, walked through the states the leaf's search passes on the way to it (the lines
 * before a depth placed, and the line at it up to a stockist). At each, what the state has cost
 * plus the bound must not exceed what the plan costs beyond its fixed part.
 */
final class LeafStates {
    private LeafStates() {
    }

    /** The check for the leaf of p at {@code level} (a break or the tail per node) and multipliers lambda; how many states. */
    static int check(OrderProblem p, int[] level, double[] lambda, String what) {
        int k = p.nodeCount;
        int tail = p.rates.breakCount();
        long[][] cap = new long[k][tail + 1];
        boolean[][] tailLevel = new boolean[k][tail + 1];
        double[] perKg = new double[k];
        for (int n = 0; n < k; n++) {
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
        long[] load = new long[k];
        long last = p.rates.breakAt(tail - 1);
        LeafBound bound = new LeafBound(p, lambda, lineAt, stockists, last, perKg, tailLevel, cap, level, load);
        return checkPlans(p, level, lineAt, stockists, perKg, last, bound, load, p.emptyAssignment(), 0, what);
    }

    /** Every assignment of p at exactly the levels: the bound checked at each of its states; how many states. */
    private static int checkPlans(OrderProblem p, int[] level, int[] lineAt, int[][] stockists, double[] perKg, long last,
                                  LeafBound bound, long[] load, int[][] x, int cell, String what) {
        if (cell < p.nodeCount * p.lineCount) {
            int n = cell / p.lineCount;
            int l = cell % p.lineCount;
            int checked = 0;
            for (int q = 0; q <= Math.min(p.avail[n][l], p.qty[l]); q++) {
                x[n][l] = q;
                checked += checkPlans(p, level, lineAt, stockists, perKg, last, bound, load, x, cell + 1, what);
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
            assertThat(before + bound.remainder(d - 1, 0, 0)).as("%s levels %s: depth %d of %s", what, Arrays.toString(level), d, Arrays.deepToString(x))
                    .isLessThanOrEqualTo(all + 1e-7);
            checked++;
            for (int s = 0; d < p.lineCount && s < stockists[d].length; s++) {
                double partial = variable(p, x, lineAt, stockists, perKg, last, level, load, d, s);
                int placed = 0;
                for (int i = 0; i <= s; i++) {
                    placed += x[stockists[d][i]][lineAt[d]];
                }
                assertThat(partial + bound.remainder(d, s, p.qty[lineAt[d]] - placed))
                        .as("%s levels %s: depth %d stockist %d of %s", what, Arrays.toString(level), d, s, Arrays.deepToString(x)).isLessThanOrEqualTo(all + 1e-7);
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
}

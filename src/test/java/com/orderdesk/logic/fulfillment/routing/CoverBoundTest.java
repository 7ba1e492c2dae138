package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decomposition of {@link CoverBound}: the node-wise part with each node's handling moved by
 * -mu_n ({@link LevelBound#shift}) plus the rare lines' whole-node cover at mu is a lower bound of
 * every plan within the branch's level ranges, whatever lambda (<= penalty) and mu (of either
 * sign), also when the cover's search gives up after a few visits. Checked against every
 * assignment of small random orders (2-4 nodes, 1-3 lines, so every line is "rare").
 */
class CoverBoundTest {

    @Test
    void theDecompositionNeverExceedsTheCheapestPlanWithinTheRanges() {
        int checked = 0;
        int tight = 0;
        int lifted = 0;
        for (long seed = 1; seed <= 80; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 23);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                int tail = p.rates.breakCount();
                LevelBound bound = new LevelBound(p);
                LevelBound alone = new LevelBound(p);
                double[] shift = new double[p.nodeCount];
                bound.shift = shift;
                for (int trial = 0; trial < 6; trial++) {
                    CoverBound cover = new CoverBound(p, trial % 2 == 0 ? 4 : 1);
                    int[] lo = new int[p.nodeCount];
                    int[] hi = new int[p.nodeCount];
                    for (int n = 0; n < p.nodeCount; n++) {
                        int a = r.nextInt(LevelBound.CLOSED, tail + 1);
                        int b = r.nextInt(LevelBound.CLOSED, tail + 1);
                        lo[n] = trial < 2 ? LevelBound.CLOSED : Math.min(a, b);
                        hi[n] = trial < 2 ? tail : Math.max(a, b);
                    }
                    double[] least = {Double.POSITIVE_INFINITY};
                    enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                    for (int m = 0; m < 8; m++) {
                        double[] lambda = new double[p.lineCount];
                        for (int l = 0; l < p.lineCount; l++) {
                            lambda[l] = Math.min(p.backorderPenalty, r.nextDouble() * p.backorderPenalty * 1.2 - 0.1 * p.backorderPenalty);
                        }
                        double[] mu = new double[p.nodeCount];
                        for (int n = 0; n < p.nodeCount; n++) {
                            mu[n] = m == 0 ? 0 : (r.nextDouble() - 0.25) * (p.handling[n] + 10);
                            shift[n] = -mu[n];
                        }
                        double nodes = bound.evaluate(lambda, lo, hi);
                        long budget = m % 4 == 3 ? r.nextInt(1, 4) : 2_000;
                        double v = nodes == Double.POSITIVE_INFINITY ? nodes : nodes + cover.evaluate(lambda, mu, lo, hi, budget);
                        assertThat(v).as("seed %d order %s ranges %s..%s mu %s", seed, p.order.id(), Arrays.toString(lo),
                                Arrays.toString(hi), Arrays.toString(mu)).isLessThanOrEqualTo(least[0] + 1e-6);
                        if (least[0] < Double.POSITIVE_INFINITY) {
                            tight += v > least[0] - 1e-6 ? 1 : 0;
                            lifted += v > alone.evaluate(lambda, lo, hi) + 1e-6 ? 1 : 0;
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
        assertThat(tight).as("bounds equal to the cheapest plan").isGreaterThan(0);
        assertThat(lifted).as("bounds over the node-wise part's alone at the same lambda").isGreaterThan(0);
    }

    /** Every assignment within the stock whose nodes' levels lie in their ranges: the least cost. */
    private static void enumerate(OrderProblem p, int[] lo, int[] hi, int[][] x, int cell, double[] least) {
        if (cell == p.nodeCount * p.lineCount) {
            for (int n = 0; n < p.nodeCount; n++) {
                int level = ReferenceModel.levelOf(p, x[n]);
                if (level < lo[n] || level > hi[n]) {
                    return;
                }
            }
            least[0] = Math.min(least[0], p.cost(x));
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, lo, hi, x, cell + 1, least);
        }
        x[n][l] = 0;
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LeafColumns} on the leaves {@code LeafColumnsTest} does not draw: a wave's prices on stock and
 * shipments ({@link OrderProblem#priced}, extras down to 1e-12 so near-ties between loads arise), a line
 * that weighs nothing (priced outside the knapsack), the penalty above every shipment
 * ({@link OrderProblem#shippingAllItCan}), and line prices far above the penalty (the master's duals are
 * not capped by it). The bound after column generation and at any prices >= 0 is never above the
 * cheapest plan whose nodes ship at exactly the leaf's levels (enumerated).
 */
class LeafColumnsEdgeTest {

    @Test
    void theBoundHoldsWithPricesWeightlessLinesAndAHighPenalty() {
        int checked = 0;
        int tight = 0;
        int weightless = 0;
        for (long seed = 1; seed <= 160; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 71);
            for (OrderProblem base : ReferenceModel.enumerableOrders(seed, 20_000)) {
                int tail = base.rates.breakCount();
                for (int trial = 0; trial < 6; trial++) {
                    int variant = trial % 3;
                    OrderProblem whole = variant == 1 ? base.shippingAllItCan() : variant == 2 ? priced(base, r) : base;
                    OrderProblem p = RandomLeaves.subset(whole, r);
                    if (p == null) {
                        continue;
                    }
                    long[] weights = p.weight.clone(); // shared with the order: restored below
                    int light = r.nextInt(2) == 0 ? r.nextInt(p.lineCount) : -1;
                    if (light >= 0) {
                        p.weight[light] = 0;
                    }
                    try {
                        int[] levels = new int[p.nodeCount];
                        for (int n = 0; n < p.nodeCount; n++) {
                            int[] load = new int[p.lineCount];
                            for (int l = 0; l < p.lineCount; l++) {
                                load[l] = r.nextInt(p.avail[n][l] + 1);
                            }
                            int at = ReferenceModel.levelOf(p, load);
                            levels[n] = at == LevelBound.CLOSED || r.nextInt(4) == 0 ? r.nextInt(0, tail + 1) : at;
                        }
                        double[] exact = {Double.POSITIVE_INFINITY};
                        double[] any = {Double.POSITIVE_INFINITY};
                        RandomLeaves.enumerate(p, levels, p.emptyAssignment(), 0, exact, any);
                        if (exact[0] == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        String what = String.format("seed %d variant %d light %d levels %s exact %.12f", seed, variant, light,
                                Arrays.toString(levels), exact[0]);
                        double bound = new LeafColumns(p, levels).solve(null, 200, Double.POSITIVE_INFINITY);
                        assertThat(bound).as(what).isLessThanOrEqualTo(exact[0] + 1e-9);
                        for (int t = 0; t < 4; t++) {
                            double[] mu = new double[p.lineCount];
                            for (int l = 0; l < mu.length; l++) {
                                mu[l] = r.nextInt(3) == 0 ? 0 : r.nextDouble() * (t == 3 ? 1e4 : 2 * p.backorderPenalty);
                            }
                            assertThat(new LeafColumns(p, levels).boundAt(mu, null)).as(what + " at " + Arrays.toString(mu))
                                    .isLessThanOrEqualTo(exact[0] + 1e-9);
                        }
                        tight += bound >= exact[0] - 1e-7 ? 1 : 0;
                        weightless += light >= 0 ? 1 : 0;
                        checked++;
                    } finally {
                        System.arraycopy(weights, 0, p.weight, 0, weights.length);
                    }
                }
            }
        }
        System.out.printf("LeafColumnsEdgeTest: %d leaves holding a plan, %d with a weightless line, %d with the bound at the optimum%n",
                checked, weightless, tight);
        assertThat(checked).isGreaterThan(300);
        assertThat(weightless).isGreaterThan(100);
        assertThat(tight).isGreaterThan(checked / 2);
    }

    /** The order at a wave's random prices (>= 0), some of them tiny so that loads nearly tie. */
    private static OrderProblem priced(OrderProblem p, SplittableRandom r) {
        double[][] extra = new double[p.nodeCount][p.lineCount];
        double[] handling = new double[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                extra[n][l] = switch (r.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1e-12 * r.nextInt(1, 300);
                    default -> r.nextDouble() * 3;
                };
            }
            handling[n] = r.nextInt(2) == 0 ? 0 : r.nextDouble() * 5;
        }
        return p.priced(extra, handling);
    }
}

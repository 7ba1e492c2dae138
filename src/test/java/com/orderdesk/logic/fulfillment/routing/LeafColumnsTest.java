package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A leaf's whole-unit Lagrangian dual ({@link LeafColumns}) against every assignment of small random
 * orders at random levels: never above the cheapest plan whose nodes ship at exactly the leaf's levels,
 * neither after column generation nor at random line prices (the bound must hold for any prices >= 0),
 * and on most leaves at that optimum (so a bound a hair too high would show).
 */
class LeafColumnsTest {

    @Test
    void theBoundIsNeverAboveTheLeafOptimum() {
        int checked = 0;
        int tight = 0;
        int tails = 0;
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 43);
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
                    LeafMipTest.enumerate(p, levels, p.emptyAssignment(), 0, exact, any);
                    if (exact[0] == Double.POSITIVE_INFINITY) {
                        continue; // no plan at the levels: any bound holds
                    }
                    String what = String.format("seed %d order %s levels %s exact %.6f", seed, p.order.id(), Arrays.toString(levels), exact[0]);
                    LeafColumns dual = new LeafColumns(p, levels);
                    double bound = dual.solve(null, 200, Double.POSITIVE_INFINITY);
                    assertThat(bound).as(what).isLessThanOrEqualTo(exact[0] + 1e-9);
                    for (int t = 0; t < 4; t++) {
                        double[] mu = new double[p.lineCount];
                        for (int l = 0; l < mu.length; l++) {
                            mu[l] = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 2 * p.backorderPenalty;
                        }
                        assertThat(new LeafColumns(p, levels).boundAt(mu, null)).as(what + " at " + Arrays.toString(mu))
                                .isLessThanOrEqualTo(exact[0] + 1e-9);
                    }
                    tight += bound >= exact[0] - 1e-7 ? 1 : 0;
                    tails += anyTail ? 1 : 0;
                    checked++;
                }
            }
        }
        System.out.printf("LeafColumnsTest: %d leaves holding a plan, %d with a tail, %d with the bound at the optimum%n", checked, tails, tight);
        assertThat(checked).isGreaterThan(300);
        assertThat(tails).as("leaves with a node in the tail").isGreaterThan(20);
        assertThat(tight).as("leaves whose bound reaches their optimum").isGreaterThan(checked / 2);
    }
}

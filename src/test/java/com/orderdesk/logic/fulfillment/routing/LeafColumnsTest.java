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
        int[] checked = {0};
        int[] tight = {0};
        int[] tails = {0};
        RandomLeaves.forEach(43, leaf -> {
            if (leaf.exact() == Double.POSITIVE_INFINITY) {
                return; // no plan at the levels: any bound holds
            }
            OrderProblem p = leaf.p();
            SplittableRandom r = leaf.random();
            String what = leaf.describe();
            LeafColumns dual = new LeafColumns(p, leaf.levels());
            double bound = dual.solve(null, 200, Double.POSITIVE_INFINITY);
            assertThat(bound).as(what).isLessThanOrEqualTo(leaf.exact() + 1e-9);
            for (int t = 0; t < 4; t++) {
                double[] mu = new double[p.lineCount];
                for (int l = 0; l < mu.length; l++) {
                    mu[l] = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 2 * p.backorderPenalty;
                }
                assertThat(new LeafColumns(p, leaf.levels()).boundAt(mu, null)).as(what + " at " + Arrays.toString(mu))
                        .isLessThanOrEqualTo(leaf.exact() + 1e-9);
            }
            tight[0] += bound >= leaf.exact() - 1e-7 ? 1 : 0;
            tails[0] += leaf.anyTail() ? 1 : 0;
            checked[0]++;
        });
        System.out.printf("LeafColumnsTest: %d leaves holding a plan, %d with a tail, %d with the bound at the optimum%n", checked[0], tails[0], tight[0]);
        assertThat(checked[0]).isGreaterThan(300);
        assertThat(tails[0]).as("leaves with a node in the tail").isGreaterThan(20);
        assertThat(tight[0]).as("leaves whose bound reaches their optimum").isGreaterThan(checked[0] / 2);
    }

    @Test
    void negativeOrUnknownPricesDoNotLiftTheBound() {
        int[] checked = {0};
        RandomLeaves.forEach(47, leaf -> {
            if (leaf.exact() == Double.POSITIVE_INFINITY || checked[0] >= 400) {
                return;
            }
            OrderProblem p = leaf.p();
            double[] mu = new double[p.lineCount];
            for (int l = 0; l < mu.length; l++) {
                mu[l] = leaf.random().nextInt(4) == 0 ? Double.NaN : -leaf.random().nextDouble() * 10 * p.backorderPenalty;
            }
            assertThat(new LeafColumns(p, leaf.levels()).boundAt(mu, null)).as(leaf.describe() + " at " + Arrays.toString(mu))
                    .isLessThanOrEqualTo(leaf.exact() + 1e-9);
            checked[0]++;
        });
        assertThat(checked[0]).isEqualTo(400);
    }
}

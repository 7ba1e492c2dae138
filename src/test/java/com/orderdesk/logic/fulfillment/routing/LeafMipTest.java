package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        int[] checked = {0};
        int[] found = {0};
        int[] branched = {0};
        int[] tails = {0};
        RandomLeaves.forEach(41, leaf -> {
            OrderProblem p = leaf.p();
            double exact = leaf.exact();
            // limits just above the optimum at the levels (a cent, a hundredth of a cent), and well above
            double[] limits = {exact + 0.01, exact + 1e-4, exact + 1 + leaf.random().nextDouble()};
            for (double below : exact == Double.POSITIVE_INFINITY ? new double[] {1e6} : limits) {
                LeafMip mip = new LeafMip(p, leaf.levels(), 1_000_000);
                SolveResult solved = mip.solve(below);
                String what = String.format("%s below %.6f", leaf.describe(), below);
                assertThat(solved.optimal()).as(what).isTrue();
                if (exact < Double.POSITIVE_INFINITY) {
                    assertThat(solved.x()).as(what).isNotNull();
                    assertThat(solved.cost()).as(what).isLessThanOrEqualTo(exact + 1e-9);
                    found[0]++;
                    tails[0] += leaf.anyTail() ? 1 : 0;
                }
                if (solved.x() != null) {
                    assertThat(p.cost(solved.x())).as(what).isCloseTo(solved.cost(), within(1e-9));
                    assertThat(solved.cost()).as(what).isGreaterThanOrEqualTo(leaf.any() - 1e-9).isLessThan(below);
                }
                branched[0] += mip.nodes() > 1 ? 1 : 0;
                checked[0]++;
            }
        });
        System.out.printf("LeafMipTest: %d checked, %d found, %d with a tail, %d branched%n", checked[0], found[0], tails[0], branched[0]);
        assertThat(checked[0]).isGreaterThan(1000);
        assertThat(found[0]).as("leaves holding a plan at their levels").isGreaterThan(300);
        assertThat(tails[0]).as("of them with a node in the tail").isGreaterThan(50);
        assertThat(branched[0]).as("leaves whose LP was not whole at once").isGreaterThan(50);
    }
}

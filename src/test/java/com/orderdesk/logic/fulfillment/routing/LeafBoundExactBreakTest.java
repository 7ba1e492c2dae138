package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A leaf's Lagrangian ({@link LeafBound}) on small leaves whose loads fill weight breaks exactly
 * with decimal kg ({@link ExactBreakOrders}): the room a node has left under its break is a
 * difference of kg, and a unit that fits it exactly must still count as fitting whole (the false
 * proof of SO-000007, {@link LeafBoundExactFitTest}, was one such leaf; {@link LeafBoundTest}'s
 * orders never make one). Checked against brute force: the bound at every state of every plan at
 * the leaf's levels, and the leaf's search pruned by it, which must find the cheapest such plan.
 */
class LeafBoundExactBreakTest {
    private static final int SEEDS = 400;

    @Test
    void theBoundNeverExceedsAPlanThatFillsABreakExactlyFromAnyOfItsStates() {
        int checked = 0;
        int withResidue = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 41);
            for (OrderProblem whole : ExactBreakOrders.enumerable(seed, 20_000)) {
                for (int trial = 0; trial < 6; trial++) {
                    OrderProblem p = RandomLeaves.subset(whole, r);
                    if (p == null) {
                        continue;
                    }
                    int[] level = ExactBreakOrders.levels(p, r);
                    double[] lambda = LeafBoundTest.randomMultipliers(p, r);
                    checked += LeafStates.check(p, level, lambda, String.format("seed %d order %s lambda %s", seed,
                            p.order.id(), Arrays.toString(lambda)));
                    withResidue += residues(p);
                }
            }
        }
        assertThat(checked).isGreaterThan(20_000);
        assertThat(withResidue).as("leaf nodes whose exact fills leave a kg residue").isGreaterThan(500);
    }

    @Test
    void theLeafSearchFindsTheCheapestPlanAtItsLevels() {
        int found = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 43);
            for (OrderProblem whole : ExactBreakOrders.enumerable(seed, 50_000)) {
                for (int trial = 0; trial < 6; trial++) {
                    OrderProblem p = RandomLeaves.subset(whole, r);
                    if (p == null) {
                        continue;
                    }
                    int[] level = ExactBreakOrders.levels(p, r);
                    double[] lambda = LeafBoundTest.randomMultipliers(p, r);
                    double[] exact = {Double.POSITIVE_INFINITY};
                    double[] any = {Double.POSITIVE_INFINITY};
                    RandomLeaves.enumerate(p, level, p.emptyAssignment(), 0, exact, any);
                    if (exact[0] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    // just above the cheapest plan at the levels: the search must find it (or one cheaper under the
                    // levels' caps) itself, so every cut it makes counts
                    SolveResult leaf = new NodeSetSolver(p, 10_000_000).solveAtLevels(exact[0] + 1e-4, level, lambda);
                    String what = String.format("seed %d order %s levels %s lambda %s", seed, p.order.id(),
                            Arrays.toString(level), Arrays.toString(lambda));
                    assertThat(leaf.x()).as(what).isNotNull();
                    assertThat(leaf.cost()).as(what).isLessThanOrEqualTo(exact[0] + 1e-6);
                    assertThat(p.cost(leaf.x())).as(what).isCloseTo(leaf.cost(), within(1e-9));
                    assertThat(leaf.cost()).as(what).isGreaterThanOrEqualTo(any[0] - 1e-6);
                    found++;
                }
            }
        }
        assertThat(found).as("leaves holding a plan at their levels").isGreaterThan(1_000);
    }

    private static int residues(OrderProblem p) {
        int count = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            count += ExactBreakOrders.leavesAResidue(p, n) ? 1 : 0;
        }
        return count;
    }
}

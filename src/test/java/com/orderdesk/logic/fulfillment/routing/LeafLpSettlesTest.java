package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LevelPlacement#byLp}, the leaf's LP tried before its further steps and its exact search in
 * {@link LagrangianBranchAndBound}: a leaf it calls settled is closed on that word, so whenever it reports
 * complete it must hold the cheapest plan at the levels (enumerated on small random orders) or there must be
 * none under its limit; what it reports is a real plan at its real cost under that limit. Both outcomes occur
 * (some leaves' LPs are fractional), so the check covers the LP that settles and the one that does not.
 */
class LeafLpSettlesTest {

    @Test
    void aLeafItsLpCallsSettledHasNoCheaperPlanUnderTheLimit() {
        int checked = 0;
        int complete = 0;
        int cheaperInReach = 0;
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 71);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 20_000)) {
                int tail = p.rates.breakCount();
                for (int trial = 0; trial < 8; trial++) {
                    int[] levels = new int[p.nodeCount];
                    int open = 0;
                    for (int n = 0; n < p.nodeCount; n++) {
                        levels[n] = r.nextInt(LevelBound.CLOSED, tail + 1);
                        open += levels[n] == LevelBound.CLOSED ? 0 : 1;
                    }
                    if (open == 0 || open > p.maxShipments) {
                        continue;
                    }
                    double[] exact = {Double.POSITIVE_INFINITY};
                    double[] any = {Double.POSITIVE_INFINITY};
                    RandomLeaves.enumerate(p, levels, p.emptyAssignment(), 0, exact, any);
                    if (exact[0] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    // the limit just above the optimum, at it, or under it (then no plan may be reported)
                    double below = exact[0] + new double[] {1e-3, 1e-7, 0, -1e-3, 2}[r.nextInt(5)];
                    LevelPlacement.Placed leaf = LevelPlacement.byLp(p, levels, below);
                    String what = String.format("seed %d order %s levels %s exact %.12f below %.12f", seed,
                            p.order.id(), Arrays.toString(levels), exact[0], below);
                    if (leaf.x() != null) {
                        assertThat(p.cost(leaf.x())).as(what).isCloseTo(leaf.cost(), within(1e-9));
                        assertThat(leaf.cost()).as(what).isLessThan(below);
                    }
                    boolean inReach = exact[0] < below - 1e-6;
                    if (leaf.complete()) {
                        complete++;
                        if (inReach) {
                            cheaperInReach++;
                            assertThat(leaf.x()).as("a settled leaf's plan under the limit: " + what).isNotNull();
                            assertThat(leaf.cost()).as(what).isLessThanOrEqualTo(exact[0] + 1e-9);
                        }
                    }
                    checked++;
                }
            }
        }
        System.out.printf("LeafLpSettlesTest: %d leaves, %d settled by the LP (%d with a plan under the limit)%n",
                checked, complete, cheaperInReach);
        assertThat(checked).isGreaterThan(400);
        assertThat(complete).as("leaves the LP settles").isGreaterThan(50).isLessThan(checked);
        assertThat(cheaperInReach).as("settled leaves with a plan under the limit").isGreaterThan(20);
    }
}

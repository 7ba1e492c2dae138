package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link LevelPlacement#under} where its LP search ({@link LeafMip}) is left open and the whole-unit dual
 * ({@link LeafColumns}) may settle the leaf: budgets of a few LPs, so that path runs on small random orders
 * ({@code LeafBoundTest}'s 10,000,000 visits let the LP search settle every leaf there first). Whenever the
 * placement calls itself complete, it has the cheapest plan at the levels (enumerated) or there is none under
 * its limit, and what it reports is a real plan at its real cost under that limit.
 */
class LeafColumnsPlacementTest {

    @Test
    void aLeafTheDualSettlesHasNoPlanUnderWhatItReports() {
        AtomicInteger opened = new AtomicInteger();
        LevelPlacement.openLeaf = (q, at, below, lambda) -> opened.incrementAndGet();
        int checked = 0;
        int complete = 0;
        try {
            for (long seed = 1; seed <= 300; seed++) {
                SplittableRandom r = new SplittableRandom(seed * 53);
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
                        // the limit just above the optimum, at it, or just under it (then no plan may be reported)
                        double below = exact[0] + new double[] {1e-3, 1e-7, 0, -1e-3, 2}[r.nextInt(5)];
                        double[] lambda = new double[p.lineCount];
                        Arrays.fill(lambda, p.backorderPenalty);
                        long visits = r.nextInt(1, 800);
                        LevelPlacement.Placed leaf = LevelPlacement.under(p, levels, below, visits, lambda);
                        String what = String.format("seed %d order %s levels %s exact %.12f below %.12f visits %d", seed,
                                p.order.id(), Arrays.toString(levels), exact[0], below, visits);
                        if (leaf.x() != null) {
                            assertThat(p.cost(leaf.x())).as(what).isCloseTo(leaf.cost(), org.assertj.core.api.Assertions.within(1e-9));
                            assertThat(leaf.cost()).as(what).isLessThan(below);
                        }
                        if (leaf.complete()) {
                            complete++;
                            if (exact[0] < below - 1e-6) {
                                assertThat(leaf.x()).as(what).isNotNull();
                                assertThat(leaf.cost()).as(what).isLessThanOrEqualTo(exact[0] + 1e-9);
                            }
                        }
                        checked++;
                    }
                }
            }
        } finally {
            LevelPlacement.openLeaf = null;
        }
        System.out.printf("LeafColumnsPlacementTest: %d leaves, %d complete, %d left open by the LP search%n", checked, complete, opened.get());
        assertThat(checked).isGreaterThan(400);
        assertThat(opened.get()).as("leaves the whole-unit dual ran on").isGreaterThan(100);
    }
}

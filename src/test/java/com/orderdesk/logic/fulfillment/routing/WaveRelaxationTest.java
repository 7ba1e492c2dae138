package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Batch mode against the wave's linear relaxation ({@link WaveColumnGeneration}: the best value any
 * Lagrangian over the shared stock and shipments can reach, and the general solver's plan over the
 * columns it generated). The README's 1,000-order wave is rerun with
 * {@code mvn -o test -Dtest=WaveRelaxationTest#batchAgainstTheWavesRelaxation -Dwave.orders=1000
 * -Dwave.maxLines=20 -Dwave.nodes=20 -Dwave.skus=300 -Dwave.seconds=600 -Dwave.mipSeconds=300}.
 */
class WaveRelaxationTest {
    private static final double TOLERANCE = 0.005;

    /**
     * On small random scarce waves: the relaxation's Lagrangian is a true bound (at most SCIP's
     * proven optimum), and batch mode's bound is at most the relaxation's value (no Lagrangian
     * over those rows can pass it), while its plan is at least SCIP's optimum.
     */
    @Test
    void theRelaxationBoundsTheOptimumAndBatchsBoundStaysUnderIt() {
        FulfillmentRouter router = new FulfillmentRouter(10_000_000, 1, 500);
        int converged = 0;
        for (long seed = 1; seed <= 16; seed++) {
            Scenario s = seed % 2 == 0 ? ReferenceModel.randomSmall(seed, 0.5) : DatedScenarios.randomDated(seed, 0.5);
            Network net = new Network(s);
            RoutingPlan batch = router.route(s, RoutingMode.BATCH);
            MipOrderModel.Answer mip = MipOrderModel.solveWave(net, s.orders(), 20);
            WaveColumnGeneration.Answer lp = WaveColumnGeneration.solve(net, s.orders(), 10_000_000, 30, 10);
            assertThat(mip.optimal()).isTrue();
            assertThat(lp.lagrangian()).as("seed %d", seed).isLessThanOrEqualTo(mip.cost() + TOLERANCE);
            assertThat(lp.plan()).as("seed %d", seed).isGreaterThanOrEqualTo(mip.cost() - TOLERANCE);
            if (lp.unsettled() == 0 && lp.lagrangian() >= lp.lp() - TOLERANCE) {
                converged++;
                assertThat(batch.stats().lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(lp.lp() + TOLERANCE);
            }
        }
        assertThat(converged).as("waves whose relaxation converged").isGreaterThan(8);
    }

    /**
     * A scarce wave (by default 100 orders of 1-6 lines over 12 nodes, stock x0.15, seed 7): the
     * batch plan is within 0.3 % of the relaxation's value, and batch mode's bound at most it.
     */
    @Test
    void batchAgainstTheWavesRelaxation() {
        double seconds = Double.parseDouble(System.getProperty("wave.seconds", "60"));
        double mipSeconds = Double.parseDouble(System.getProperty("wave.mipSeconds", "20"));
        Scenario s = ScarceWave.fromProperties("wave");
        int orders = s.orders().size();
        Network net = new Network(s);
        long t0 = System.nanoTime();
        long batchMillis = Long.getLong("wave.batchMillis", 20_000);
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, batchMillis).route(s, RoutingMode.BATCH);
        double batchSeconds = (System.nanoTime() - t0) / 1e9;
        WaveBound.Prices prices = WaveBound.of(net, s.orders(), null, null, batch.totalCost(), 5_000_000_000L);
        if (Boolean.getBoolean("wave.trace")) {
            WaveGapProbe.Gap gap = WaveGapProbe.of(net, s.orders(), batch.orders(), prices, Long.getLong("wave.visits", 2_000_000));
            System.out.printf("wave gap at the bound's prices: bound %.2f; orders' regrets %.2f (%d orders away from their priced "
                            + "optimum, %d unsettled), unused priced stock %.2f, unused priced shipments %.2f%n", gap.bound(),
                    gap.orderRegret(), gap.ordersAway(), gap.unsettled(), gap.unusedStock(), gap.unusedShipments());
        }
        WaveColumnGeneration.Answer lp = WaveColumnGeneration.solve(net, s.orders(), Long.getLong("wave.visits", 2_000_000), seconds,
                mipSeconds, prices, batch.orders());
        System.out.printf("wave relaxation, %d orders: batch %.2f (bound %.2f, %.1f s) | LP %.2f, Lagrangian %.2f "
                        + "(%d iterations, %d columns, %d orders unsettled, %.1f s), integer master %.2f%n",
                orders, batch.totalCost(), batch.stats().lowerBound(), batchSeconds, lp.lp(), lp.lagrangian(),
                lp.iterations(), lp.columns(), lp.unsettled(), lp.seconds(), lp.plan());
        assertThat(lp.lagrangian()).isLessThanOrEqualTo(batch.totalCost() + TOLERANCE);
        assertThat(batch.stats().lowerBound()).isLessThanOrEqualTo(Math.max(lp.lp(), lp.lagrangian()) + TOLERANCE);
        assertThat(batch.totalCost()).isLessThanOrEqualTo(lp.lagrangian() * 1.003 + TOLERANCE);
    }
}

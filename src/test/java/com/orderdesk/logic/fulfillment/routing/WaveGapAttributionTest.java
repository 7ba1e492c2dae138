package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WaveGapAttribution} on batch mode's plan of a scarce wave (by default the 100-order wave of
 * {@link ScarceWave}; the README's 1,000-order wave with {@code -Dgap.orders=1000 -Dgap.maxLines=20
 * -Dgap.nodes=20 -Dgap.skus=300}), at the prices of the bound batch mode computes (its 5 s, or
 * {@code -Dgap.boundMillis=N}; {@code -Dgap.longMillis=N} adds a second, longer ascent from the same start).
 */
class WaveGapAttributionTest {
    @Test
    void theGapSplitsExactlyIntoPlanSubproblemAndSlack() {
        Scenario s = ScarceWave.fromProperties("gap");
        Network net = new Network(s);
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000).route(s, RoutingMode.BATCH);
        RoutingPlan alone = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000).route(s, RoutingMode.INDEPENDENT);
        double[] floors = new double[s.orders().size()];
        List<int[][]> plans = new ArrayList<>();
        Network.Stock initial = net.newStock(false);
        for (int o = 0; o < floors.length; o++) {
            floors[o] = alone.orders().get(o).optimal() ? alone.orders().get(o).cost() : 0;
            OrderProblem p = OrderProblem.of(net, s.orders().get(o), initial);
            int[][] local = WaveColumnGeneration.assignmentOf(net, p, batch.orders().get(o));
            int[][] plan = new int[net.nodes.length][p.lineCount];
            for (int n = 0; n < p.nodeCount; n++) {
                plan[p.node[n]] = local[n].clone();
            }
            plans.add(plan);
        }
        long visits = Long.getLong("gap.visits", 20_000);
        for (long millis : new long[] {Long.getLong("gap.boundMillis", 5_000), Long.getLong("gap.longMillis", 0)}) {
            if (millis == 0) {
                continue;
            }
            long t0 = WaveClock.now();
            WaveBound.Prices prices = WaveBound.of(net, s.orders(), plans, floors, batch.totalCost(), millis * 1_000_000);
            double boundSeconds = (WaveClock.now() - t0) / 1e9;
            WaveGapAttribution.Answer a = WaveGapAttribution.of(net, s.orders(), batch.orders(), prices, visits);
            System.out.printf("%d orders, batch %.2f (its bound %.2f); bound recomputed in %d ms: %.2f (%.1f s CPU)%n%s", floors.length,
                    batch.totalCost(), batch.stats().lowerBound(), millis, prices.value(), boundSeconds,
                    WaveGapAttribution.report(net, a, Integer.getInteger("gap.top", 15)));
            double parts = a.planRegret() + a.subproblemGap() + a.stockSlack() + a.shipmentSlack();
            assertThat(a.cost()).isCloseTo(batch.totalCost(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(a.cost() - a.lagrangian()).isCloseTo(parts, org.assertj.core.data.Offset.offset(1e-6 * a.cost()));
            assertThat(a.planRegret()).isGreaterThanOrEqualTo(0);
            assertThat(a.subproblemGap()).isGreaterThanOrEqualTo(0);
            assertThat(a.stockSlack()).isGreaterThanOrEqualTo(0);
            assertThat(a.lagrangian()).isLessThanOrEqualTo(a.cost() + 0.005);
        }
    }
}

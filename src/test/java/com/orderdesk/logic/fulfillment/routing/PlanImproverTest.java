package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/** The large-order local search: valid plans, never dearer than where it starts, far cheaper than the seeds. */
class PlanImproverTest {
    @Test
    void improvesTheSeedsOfLargeOrdersWithinTheirConstraints() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(12, 40, 40, 50, 5000, 1.0), 42);
        Network net = new Network(s);
        double seeds = 0;
        double improved = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete) {
                continue;
            }
            int[][] start = PlanSeeds.greedyCover(p);
            double startCost = p.cost(start);
            SolveResult r = PlanImprover.improve(p, start, 10, 1);
            // p.cost is +infinity for a plan breaking stock, quantities or maxShipments
            assertThat(p.cost(r.x())).isCloseTo(r.cost(), within(1e-9));
            assertThat(r.cost()).isLessThanOrEqualTo(startCost + 1e-9);
            seeds += startCost;
            improved += r.cost();
        }
        // measured: the greedy cover is several per cent above what the local search reaches
        assertThat(improved).isLessThan(seeds * 0.97);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/** The node-set search of large orders: valid plans, never dearer than where it starts; from main nodes, cheaper than the local search alone. */
class NodeSwapSearchTest {
    @Test
    void swapsKeepPlansValidAndNeverDearer() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(10, 40, 40, 50, 5000, 1.0), 7);
        Network net = new Network(s);
        int checked = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete) {
                continue;
            }
            // from the line-move local search's optimum, where a wrongly taken move would show
            int[][] start = PlanImprover.descent(p, PlanSeeds.greedyCover(p)).x();
            int[] candidates = java.util.stream.IntStream.range(0, p.nodeCount).toArray();
            SolveResult r = NodeSwapSearch.improve(p, start, candidates, 200);
            // p.cost is +infinity for a plan breaking stock, quantities or maxShipments
            assertThat(p.cost(r.x())).isCloseTo(r.cost(), within(1e-9));
            assertThat(r.cost()).isLessThanOrEqualTo(p.cost(start) + 1e-9);
            SolveResult again = NodeSwapSearch.improve(p, r.x(), candidates, 200);
            assertThat(again.cost()).isLessThanOrEqualTo(r.cost() + 1e-9);
            for (int m = 0; m < p.nodeCount; m += 7) {
                SolveResult a = NodeSwapSearch.around(p, m);
                assertThat(p.cost(a.x())).isCloseTo(a.cost(), within(1e-9)).isLessThan(Double.POSITIVE_INFINITY);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void plansAroundMainNodesBeatTheLocalSearchOnLargeOrders() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(8, 80, 80, 200, 5000, 1.0), 42);
        Network net = new Network(s);
        double local = 0;
        double main = 0;
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (p.shipComplete) {
                continue;
            }
            SolveResult improved = PlanImprover.improve(p, PlanSeeds.greedyCover(p), 40, p.lineCount);
            SolveResult r = NodeSwapSearch.fromMainNodes(p, 30, 3, 20, 300);
            assertThat(p.cost(r.x())).isCloseTo(r.cost(), within(1e-9));
            local += improved.cost();
            main += Math.min(improved.cost(), r.cost());
        }
        assertThat(main).isLessThan(local * 0.99);
    }
}

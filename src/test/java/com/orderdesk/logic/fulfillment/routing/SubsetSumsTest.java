package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubsetSumsTest {
    /** One order of 2 x 0.75 kg and 1 x 2.5 kg over one node that has all of it. */
    private static OrderProblem problem() {
        Scenario s = new Scenario(ScenarioGenerator.rateCard(),
                List.of(new FulfillmentNode("DC", NodeType.DC, new com.orderdesk.model.common.GeoPoint(40, -75), 2.5, 0.2, null)),
                List.of(new SkuInfo("A", 0.75), new SkuInfo("B", 2.5)),
                List.of(new StockLevel("DC", "A", 5, 0), new StockLevel("DC", "B", 5, 0)),
                List.of(new RoutingOrder("O", new com.orderdesk.model.common.GeoPoint(40.5, -75),
                        List.of(new OrderLine("A", 2), new OrderLine("B", 1)), false, null)),
                25.0);
        Network net = new Network(s);
        return OrderProblem.of(net, s.orders().get(0), net.newStock(false));
    }

    @Test
    void givesTheHeaviestLoadThatFitsUnderARoom() {
        OrderProblem p = problem();
        SubsetSums sums = SubsetSums.of(p, new int[] {1, 0}, RateTable.toMicro(30));
        // makeable from depth 0: 0, 0.75, 1.5, 2.5, 3.25, 4.0 kg
        assertThat(sums.largestAtMost(0, 0, RateTable.toMicro(3.0))).isEqualTo(RateTable.toMicro(2.5));
        assertThat(sums.largestAtMost(0, 0, RateTable.toMicro(3.9))).isEqualTo(RateTable.toMicro(3.25));
        assertThat(sums.largestAtMost(0, 0, RateTable.toMicro(10))).isEqualTo(RateTable.toMicro(4.0));
        assertThat(sums.largestAtMost(0, 0, RateTable.toMicro(0.7))).isZero();
        // from depth 1 only line A (the 0.75 kg units) is left
        assertThat(sums.largestAtMost(0, 1, RateTable.toMicro(3.0))).isEqualTo(RateTable.toMicro(1.5));
    }
}

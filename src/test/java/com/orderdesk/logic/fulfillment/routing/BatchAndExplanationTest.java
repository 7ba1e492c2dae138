package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.model.common.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchAndExplanationTest {
    private static final GeoPoint ATLANTA = new GeoPoint(33.749, -84.388);
    private static final GeoPoint CHARLOTTE = new GeoPoint(35.2271, -80.8431);
    private static final GeoPoint ATHENS_GA = new GeoPoint(33.9519, -83.3576);

    /**
     * One unit at Atlanta, one at Charlotte. The first order (Athens, GA) is as near to both;
     * the second (Atlanta) is next door to Atlanta only. One at a time, the first takes Atlanta's
     * (cheaper handling) and the second ships from Charlotte; the wave does it the other way.
     */
    private static Scenario scarce() {
        return new Scenario(ScenarioGenerator.rateCard(),
                List.of(new FulfillmentNode("ATL", NodeType.DC, ATLANTA, 2.00, 0.20, null),
                        new FulfillmentNode("CLT", NodeType.DC, CHARLOTTE, 2.50, 0.20, null)),
                List.of(new SkuInfo("A", 1.5)),
                List.of(new StockLevel("ATL", "A", 1, 0), new StockLevel("CLT", "A", 1, 0)),
                List.of(new RoutingOrder("SO-1", ATHENS_GA, List.of(new OrderLine("A", 1)), false, null),
                        new RoutingOrder("SO-2", new GeoPoint(33.76, -84.40), List.of(new OrderLine("A", 1)), false, null)),
                25.00);
    }

    @Test
    void batchBeatsSequentialWhenStockIsScarce() {
        FulfillmentRouter router = new FulfillmentRouter();
        RoutingPlan sequential = router.route(scarce(), RoutingMode.SEQUENTIAL);
        RoutingPlan batch = router.route(scarce(), RoutingMode.BATCH);
        assertThat(sequential.orders().get(0).shipments().get(0).node()).isEqualTo("ATL");
        assertThat(batch.orders().get(0).shipments().get(0).node()).isEqualTo("CLT");
        assertThat(batch.orders().get(1).shipments().get(0).node()).isEqualTo("ATL");
        assertThat(batch.totalCost()).isLessThan(sequential.totalCost() - 1);
        assertThat(batch.stats().lowerBound()).isLessThanOrEqualTo(batch.totalCost());
        // each order alone would take Atlanta's unit: their sum (the old bound) is out of reach;
        // the wave bound prices that unit and proves the exchange optimal
        double eachAlone = router.route(scarce(), RoutingMode.INDEPENDENT).totalCost();
        assertThat(eachAlone).isLessThan(batch.totalCost() - 1);
        assertThat(batch.stats().lowerBound()).isCloseTo(batch.totalCost(), within(0.005));
        assertThat(batch.stats().provenOptimal()).isTrue();
        RouterAgainstBruteForceTest.checkConstraints(scarce(), batch, true);
    }

    @Test
    void batchBeatsSequentialOnAGeneratedScarceWave() {
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(150, 1, 6, 12, 60, 0.08), 7);
        FulfillmentRouter router = new FulfillmentRouter(200_000, 1, 3_000);
        RoutingPlan sequential = router.route(s, RoutingMode.SEQUENTIAL);
        RoutingPlan batch = router.route(s, RoutingMode.BATCH);
        RouterAgainstBruteForceTest.checkConstraints(s, batch, true);
        assertThat(batch.totalCost()).isLessThan(sequential.totalCost() - 0.005);
    }

    @Test
    void explanationListsTheCheapestPlansOnOtherNodeSetsAndTheBaseline() {
        List<FulfillmentNode> nodes = List.of(
                new FulfillmentNode("ATL", NodeType.DC, ATLANTA, 2.50, 0.20, null),
                new FulfillmentNode("CLT", NodeType.DC, CHARLOTTE, 2.50, 0.20, null),
                new FulfillmentNode("ATH", NodeType.STORE, ATHENS_GA, 6.00, 0.50, null),
                new FulfillmentNode("SEA", NodeType.SUPPLIER, new GeoPoint(47.6, -122.3), 1.00, 0.10, null));
        List<StockLevel> stock = nodes.stream()
                .flatMap(n -> java.util.stream.Stream.of(new StockLevel(n.id(), "A", 10, 0), new StockLevel(n.id(), "B", 10, 0)))
                .toList();
        RoutingOrder order = new RoutingOrder("SO-9", ATHENS_GA, List.of(new OrderLine("A", 2), new OrderLine("B", 1)), false, null);
        Scenario s = new Scenario(ScenarioGenerator.rateCard(), nodes, List.of(new SkuInfo("A", 0.7), new SkuInfo("B", 3.2)),
                stock, List.of(order), 25.00);

        OrderExplanation why = new FulfillmentRouter().explain(s, "SO-9", 3);

        OrderPlan best = new FulfillmentRouter().route(s, RoutingMode.INDEPENDENT).orders().get(0);
        assertThat(why.chosen().cost()).isCloseTo(best.cost(), within(1e-9));
        assertThat(why.alternativesComplete()).isTrue();
        assertThat(why.alternatives()).hasSize(3);
        List<List<String>> sets = new java.util.ArrayList<>();
        sets.add(why.chosen().nodeIds());
        why.alternatives().forEach(a -> sets.add(a.nodeIds()));
        assertThat(sets).doesNotHaveDuplicates();
        double previous = why.chosen().cost();
        for (OrderPlan alt : why.alternatives()) {
            assertThat(alt.cost()).isGreaterThanOrEqualTo(previous - 1e-9);
            assertThat(alt.breakdown().total()).isCloseTo(alt.cost(), within(1e-9));
            previous = alt.cost();
        }
        assertThat(why.baseline().shipments()).singleElement().satisfies(sh -> assertThat(sh.node()).isEqualTo("ATH"));
        assertThat(why.savingAgainstBaseline()).isGreaterThanOrEqualTo(0);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.model.common.GeoPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's answer to order entry: earliest arrival, and the cheapest ways to meet a requested date. */
class DeliveryQuoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final GeoPoint NYC = new GeoPoint(40.7128, -74.0060);
    private static final List<CarrierService> SERVICES = List.of(
            new CarrierService("GROUND", 1.0, Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 5, 7, 6, 8, 7), null),
            new CarrierService("TWO_DAY", 1.9, Map.of(), 2),
            new CarrierService("OVERNIGHT", 3.4, Map.of(), 1));

    /**
     * An order to New York: Atlanta's DC (zone 5) holds everything; the New York store (zone 1,
     * one handling day) holds A; Philadelphia's DC (zone 2) holds B.
     */
    private static Scenario scenario() {
        return scenario(25.00);
    }

    private static Scenario scenario(double backorderPenalty) {
        return new Scenario(ScenarioGenerator.rateCard().withServices(SERVICES),
                List.of(new FulfillmentNode("DC-ATL", NodeType.DC, new GeoPoint(33.749, -84.388), 2.50, 0.20, null, 0),
                        new FulfillmentNode("ST-NYC", NodeType.STORE, new GeoPoint(40.75, -73.99), 3.50, 0.45, null, 1),
                        new FulfillmentNode("DC-PHL", NodeType.DC, new GeoPoint(39.9526, -75.1652), 2.50, 0.20, null, 0)),
                List.of(new SkuInfo("A", 0.8), new SkuInfo("B", 2.5)),
                List.of(new StockLevel("DC-ATL", "A", 10, 0), new StockLevel("DC-ATL", "B", 10, 0),
                        new StockLevel("ST-NYC", "A", 5, 0), new StockLevel("DC-PHL", "B", 5, 0)),
                List.of(new RoutingOrder("SO-1", NYC, List.of(new OrderLine("A", 2), new OrderLine("B", 1)), false, null)),
                backorderPenalty, TODAY);
    }

    @Test
    void earliestArrivalIsTheNextDayByOvernightAndTwoDaysLeaveSeveralWays() {
        Scenario s = scenario();
        DeliveryQuote q = new FulfillmentRouter().quote(s, "SO-1", TODAY.plusDays(2), 3);
        // overnight from Atlanta or Philadelphia arrives on the 4th; the store cannot ship before the 4th
        assertThat(q.earliestArrival()).isEqualTo(TODAY.plusDays(1));
        assertThat(q.fastest().backordered()).isEmpty();
        assertThat(q.fastest().promisedDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(q.fastest().shipments()).allSatisfy(sh -> assertThat(sh.service()).isEqualTo("OVERNIGHT"));

        assertThat(q.waysToMeet()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(q.waysToMeet().stream().map(OrderPlan::nodeIds).distinct().count()).isEqualTo(q.waysToMeet().size());
        for (int i = 0; i < q.waysToMeet().size(); i++) {
            OrderPlan way = q.waysToMeet().get(i);
            assertThat(way.backordered()).isEmpty();
            assertThat(way.promisedDate()).isBeforeOrEqualTo(q.requested());
            if (i > 0) {
                assertThat(way.cost()).isGreaterThanOrEqualTo(q.waysToMeet().get(i - 1).cost() - 1e-9);
            }
        }
        // the first way is the optimum under the requested date (brute force over the contract's rules)
        RoutingOrder dated = s.orders().get(0).withDeliverBy(q.requested());
        double best = ReferenceModel.bruteForce(s.withOrders(List.of(dated)), dated, ReferenceModel.available(s), Map.of());
        assertThat(q.waysToMeet().get(0).cost()).isCloseTo(best, within(0.005));
        assertThat(q.waysToMeet().get(0).optimal()).isTrue();
        // ground from the store and Philadelphia is cheaper than two-day from Atlanta, and both are offered
        assertThat(q.waysToMeet().get(0).nodeIds()).containsExactly("DC-PHL", "ST-NYC");
        assertThat(q.waysToMeet()).anySatisfy(way -> assertThat(way.nodeIds()).containsExactly("DC-ATL"));
    }

    @Test
    void aRequestBeforeTheEarliestArrivalCanOnlyBeMetByBackordering() {
        DeliveryQuote q = new FulfillmentRouter().quote(scenario(), "SO-1", TODAY, 2);
        assertThat(q.earliestArrival()).isEqualTo(TODAY.plusDays(1));
        assertThat(q.waysToMeet().get(0).shipments()).isEmpty();
        assertThat(q.waysToMeet().get(0).backorderedUnits()).isEqualTo(3);
    }

    @Test
    void theFastestPlanShipsWhatCanShipEvenWhenBackorderingCostsLessThanExpress() {
        // at 1.00 a unit, backordering the 3 units costs less than any overnight shipment
        DeliveryQuote cheapBackorder = new FulfillmentRouter().quote(scenario(1.00), "SO-1", null, 1);
        DeliveryQuote usual = new FulfillmentRouter().quote(scenario(), "SO-1", null, 1);
        assertThat(cheapBackorder.earliestArrival()).isEqualTo(TODAY.plusDays(1));
        OrderPlan fastest = cheapBackorder.fastest();
        assertThat(fastest.shipments()).isNotEmpty();
        assertThat(fastest.backorderedUnits()).isZero();
        assertThat(fastest.promisedDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(fastest.shipments()).allSatisfy(sh -> assertThat(sh.service()).isEqualTo("OVERNIGHT"));
        // the same plan as with the usual penalty, at its real cost (not the penalty used to force shipping)
        assertThat(fastest.nodeIds()).isEqualTo(usual.fastest().nodeIds());
        assertThat(fastest.cost()).isCloseTo(usual.fastest().cost(), within(0.005));
        // the cheapest plan for no date still backorders: that is the book's rule, not a promise
        assertThat(cheapBackorder.waysToMeet().get(0).backorderedUnits()).isEqualTo(3);
    }
}

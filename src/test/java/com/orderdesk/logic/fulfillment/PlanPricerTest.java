package com.orderdesk.logic.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.RoutingPlan;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.logic.fulfillment.routing.Shipment;
import org.junit.jupiter.api.Test;

/** The override preview prices plans exactly as the router does, to the cent. */
class PlanPricerTest {
    private final Scenario scenario = ScenarioGenerator.generate(new ScenarioGenerator.Size(120, 1, 8, 14, 80, 0.4), 11);

    @Test
    void pricesEveryRouterPlanAtTheRoutersCostWithTheSameBreakdown() {
        RoutingPlan plan = new FulfillmentRouter(50_000, 1, 0).route(scenario, RoutingMode.INDEPENDENT);
        PlanPricer pricer = new PlanPricer(scenario);
        int backordering = 0;
        for (int i = 0; i < plan.orders().size(); i++) {
            OrderPlan routed = plan.orders().get(i);
            OrderPlan priced = pricer.price(scenario.orders().get(i), PlanPricer.assignment(routed));
            assertThat(priced.cost()).as(routed.orderId()).isCloseTo(routed.cost(), within(0.005));
            assertThat(priced.breakdown().rate()).isCloseTo(routed.breakdown().rate(), within(0.005));
            assertThat(priced.backorderedUnits()).isEqualTo(routed.backorderedUnits());
            backordering += routed.backorderedUnits() > 0 ? 1 : 0;
            for (int s = 0; s < routed.shipments().size(); s++) {
                Shipment a = routed.shipments().get(s);
                Shipment b = priced.shipments().stream().filter(x -> x.node().equals(a.node())).findFirst().orElseThrow();
                assertThat(b.zone()).isEqualTo(a.zone());
                assertThat(b.cost()).isCloseTo(a.cost(), within(0.005));
            }
        }
        assertThat(backordering).as("scarce stock makes some orders backorder").isPositive();
    }

    @Test
    void movingALineChangesTheCostByExactlyTheShipmentsItTouches() {
        RoutingPlan plan = new FulfillmentRouter(50_000, 1, 0).route(scenario, RoutingMode.INDEPENDENT);
        PlanPricer pricer = new PlanPricer(scenario);
        OrderPlan routed = plan.orders().stream().filter(p -> !p.shipments().isEmpty()).findFirst().orElseThrow();
        RoutingOrder order = scenario.orders().stream().filter(o -> o.id().equals(routed.orderId())).findFirst().orElseThrow();
        Shipment first = routed.shipments().get(0);
        String other = scenario.nodes().stream().map(n -> n.id()).filter(id -> !routed.nodeIds().contains(id)).findFirst().orElseThrow();
        var line = first.lines().get(0);

        OrderPlan moved = pricer.moveLine(order, routed, first.node(), line.sku(), other, line.qty());

        assertThat(moved.shipments()).anyMatch(s -> s.node().equals(other) && s.lines().contains(line));
        assertThat(moved.cost()).isGreaterThanOrEqualTo(routed.cost() - 0.005);   // the router's plan was optimal
        OrderPlan toBackorder = pricer.moveLine(order, routed, first.node(), line.sku(), null, line.qty());
        assertThat(toBackorder.backorderedUnits()).isEqualTo(routed.backorderedUnits() + line.qty());
        assertThatThrownBy(() -> pricer.moveLine(order, routed, first.node(), line.sku(), other, line.qty() + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot move");
    }
}

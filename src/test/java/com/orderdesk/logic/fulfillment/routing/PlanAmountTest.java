package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's total on the fulfillment screen is the sum a person adds up from its shipments as the desk
 * shows and stores them (each rounded to the cent): the rounded sum of the exact costs was a cent off
 * the shipments' sum (tour14, the best alternative's total beside the plan's shipment costs).
 */
class PlanAmountTest {

    private static Shipment shipment(String node, double cost) {
        return new Shipment(node, 100, 2, 3.0, 4, cost, new CostBreakdown(cost - 1, 1, 0, 0),
                List.of(new OrderLine("SKU-1", 4)));
    }

    @Test
    void theTotalIsTheSumOfTheShipmentsAsShownNotTheRoundedSumOfTheExactCosts() {
        // 10.005 and 20.005 show as 10.01 and 20.01; their exact sum 30.01 rounds to 30.01, a cent short of 30.02
        Shipment a = shipment("DC-ATL", 10.005);
        Shipment b = shipment("DC-CMH", 20.005);
        OrderPlan plan = new OrderPlan("SO-1", 30.01, true, List.of(a, b), List.of(),
                new CostBreakdown(28.01, 2, 0, 0));

        assertThat(a.amount()).isEqualByComparingTo("10.01");
        assertThat(b.amount()).isEqualByComparingTo("20.01");
        assertThat(plan.amount()).isEqualByComparingTo("30.02")
                .isEqualByComparingTo(a.amount().add(b.amount()));
    }

    @Test
    void aBackorderPenaltyIsAddedRoundedLikeAShipment() {
        Shipment a = shipment("DC-ATL", 10.005);
        OrderPlan plan = new OrderPlan("SO-2", 35.01, false, List.of(a), List.of(new OrderLine("SKU-2", 1)),
                new CostBreakdown(9.005, 1, 0, 25.005));

        assertThat(plan.amount()).isEqualByComparingTo(new BigDecimal("10.01").add(new BigDecimal("25.01")));
    }
}

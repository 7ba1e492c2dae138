package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * Why an order is routed as it is: the chosen plan, the best plans on other node sets (cheapest
 * first; {@code alternativesComplete} says the list is proven to be the cheapest ones), and the
 * "nearest first" baseline with its cost.
 */
public record OrderExplanation(OrderPlan chosen, List<OrderPlan> alternatives, boolean alternativesComplete,
                               OrderPlan baseline) {
    public OrderExplanation {
        alternatives = List.copyOf(alternatives);
    }

    public double savingAgainstBaseline() {
        return baseline.cost() - chosen.cost();
    }
}

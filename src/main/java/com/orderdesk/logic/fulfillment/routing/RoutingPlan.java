package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/** The result of routing a scenario: one plan per order, in the scenario's order. */
public record RoutingPlan(RoutingMode mode, double totalCost, List<OrderPlan> orders, RunStats stats) {
    public RoutingPlan {
        orders = List.copyOf(orders);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the router needs: rate card, nodes, items, stock and the orders. Built from a JSON
 * file by the command line or from the database by the application; assumed valid (the readers
 * check it), and never modified by the router. {@code today} (null: none) is the release date of
 * orders that give none; with carrier services every order needs one or the other.
 */
public record Scenario(RateCard rateCard, List<FulfillmentNode> nodes, List<SkuInfo> skus,
                       List<StockLevel> inventory, List<RoutingOrder> orders, double backorderPenaltyPerUnit,
                       LocalDate today) {
    public Scenario {
        nodes = List.copyOf(nodes);
        skus = List.copyOf(skus);
        inventory = List.copyOf(inventory);
        orders = List.copyOf(orders);
    }

    /** A scenario without a today (no dates, or every order gives its release date). */
    public Scenario(RateCard rateCard, List<FulfillmentNode> nodes, List<SkuInfo> skus,
                    List<StockLevel> inventory, List<RoutingOrder> orders, double backorderPenaltyPerUnit) {
        this(rateCard, nodes, skus, inventory, orders, backorderPenaltyPerUnit, null);
    }

    public Scenario withOrders(List<RoutingOrder> newOrders) {
        return new Scenario(rateCard, nodes, skus, inventory, newOrders, backorderPenaltyPerUnit, today);
    }
}

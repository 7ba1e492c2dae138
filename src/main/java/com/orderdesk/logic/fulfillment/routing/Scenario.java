package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * Everything the router needs: rate card, nodes, items, stock and the orders. Built from a JSON
 * file by the command line or from the database by the application; assumed valid (the readers
 * check it), and never modified by the router.
 */
public record Scenario(RateCard rateCard, List<FulfillmentNode> nodes, List<SkuInfo> skus,
                       List<StockLevel> inventory, List<RoutingOrder> orders, double backorderPenaltyPerUnit) {
    public Scenario {
        nodes = List.copyOf(nodes);
        skus = List.copyOf(skus);
        inventory = List.copyOf(inventory);
        orders = List.copyOf(orders);
    }

    public Scenario withOrders(List<RoutingOrder> newOrders) {
        return new Scenario(rateCard, nodes, skus, inventory, newOrders, backorderPenaltyPerUnit);
    }
}

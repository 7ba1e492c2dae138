package com.orderdesk.logic.stock;

import java.util.List;

/**
 * A product's stock across the nodes that hold (or held) it, and the demand the router could not
 * promise yet: open backorders of routed orders ({@code backordered} units on
 * {@code backorderedOrders} orders).
 */
public record StockView(long productId, String sku, String description, String unit, boolean active,
                        List<NodeStockLine> nodes, int backordered, int backorderedOrders) {
    public StockView {
        nodes = List.copyOf(nodes);
    }

    public int onHand() {
        return nodes.stream().mapToInt(NodeStockLine::onHand).sum();
    }

    public int reserved() {
        return nodes.stream().mapToInt(NodeStockLine::reserved).sum();
    }

    public int safetyStock() {
        return nodes.stream().mapToInt(NodeStockLine::safetyStock).sum();
    }

    /** Free to promise at active nodes (what order entry shows as available). */
    public int available() {
        return nodes.stream().filter(NodeStockLine::nodeActive).mapToInt(NodeStockLine::available).sum();
    }
}

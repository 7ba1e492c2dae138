package com.orderdesk.logic.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.fulfillment.NodeType;
import java.util.List;

/**
 * A fulfillment node as the map shows it: where it is, its kind, and how many units of each of
 * the selected order's items it could promise (available = on hand - reserved - safety stock,
 * with the order's own reservations counted back in).
 */
public record NodeStock(String code, String name, NodeType type, GeoPoint location, List<OrderLine> available) {
    public NodeStock {
        available = List.copyOf(available);
    }

    public int availableOf(String sku) {
        return available.stream().filter(l -> l.sku().equals(sku)).mapToInt(OrderLine::qty).sum();
    }
}

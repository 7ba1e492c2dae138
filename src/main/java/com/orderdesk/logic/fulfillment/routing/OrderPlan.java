package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * How one order is fulfilled: its shipments (nearest first) and what is backordered.
 * {@code optimal} is true only when the search proved no cheaper plan exists (in batch mode:
 * given the stock and capacity the other orders' plans leave).
 */
public record OrderPlan(String orderId, double cost, boolean optimal, List<Shipment> shipments,
                        List<OrderLine> backordered, CostBreakdown breakdown) {
    public OrderPlan {
        shipments = List.copyOf(shipments);
        backordered = List.copyOf(backordered);
    }

    public int backorderedUnits() {
        return backordered.stream().mapToInt(OrderLine::qty).sum();
    }

    public List<String> nodeIds() {
        return shipments.stream().map(Shipment::node).sorted().toList();
    }
}

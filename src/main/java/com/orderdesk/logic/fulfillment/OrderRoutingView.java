package com.orderdesk.logic.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderExplanation;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.order.OrderStatus;
import java.util.List;

/**
 * Everything the routing map shows for one order: the ship-to, every active node with its stock
 * of the order's items, the stored shipments and backorders, and the router's explanation (the
 * best plan, the next best alternatives and the nearest-first baseline) computed against the
 * stock as it stands with this order's own open reservations given back. {@code scenario} holds
 * the rate card, nodes and stock that explanation used (one order), so an override can be priced
 * exactly as the router prices. An order without a map location has no {@code shipTo},
 * {@code explanation} or {@code scenario} (null): it cannot be routed until its address is fixed.
 */
public record OrderRoutingView(long orderId, String orderNumber, String customerName, OrderStatus status,
                               String shipToText, GeoPoint shipTo, List<OrderLine> lines, List<NodeStock> nodes,
                               List<StoredShipment> shipments, List<OrderLine> backordered,
                               OrderExplanation explanation, Scenario scenario) {
    public OrderRoutingView {
        lines = List.copyOf(lines);
        nodes = List.copyOf(nodes);
        shipments = List.copyOf(shipments);
        backordered = List.copyOf(backordered);
    }

    /** Whether the plan may still change: every shipment is only planned (nothing released to a warehouse). */
    public boolean isOverridable() {
        return scenario != null && !shipments.isEmpty() && shipments.stream()
                .allMatch(s -> s.status() == com.orderdesk.model.fulfillment.ShipmentStatus.PLANNED
                        || s.status() == com.orderdesk.model.fulfillment.ShipmentStatus.CANCELLED)
                && shipments.stream().anyMatch(s -> s.status() == com.orderdesk.model.fulfillment.ShipmentStatus.PLANNED);
    }

    public List<StoredShipment> activeShipments() {
        return shipments.stream().filter(s -> s.status() != com.orderdesk.model.fulfillment.ShipmentStatus.CANCELLED).toList();
    }
}

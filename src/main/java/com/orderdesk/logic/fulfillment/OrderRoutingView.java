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
 * exactly as the router prices. {@code missedDeliverBy}: the order's deliver-by date when no plan
 * can meet it and the explanation is of the plan that ships late (null otherwise). An order without a map location has no {@code shipTo},
 * {@code explanation} or {@code scenario} (null): it cannot be routed until its address is fixed.
 */
public record OrderRoutingView(long orderId, String orderNumber, String customerName, OrderStatus status,
                               String shipToText, GeoPoint shipTo, List<OrderLine> lines, List<NodeStock> nodes,
                               List<StoredShipment> shipments, List<OrderLine> backordered,
                               OrderExplanation explanation, Scenario scenario, java.time.LocalDate missedDeliverBy) {
    public OrderRoutingView {
        lines = List.copyOf(lines);
        nodes = List.copyOf(nodes);
        shipments = List.copyOf(shipments);
        backordered = List.copyOf(backordered);
    }

    /** A view whose order has no deliver-by date it misses. */
    public OrderRoutingView(long orderId, String orderNumber, String customerName, OrderStatus status,
                            String shipToText, GeoPoint shipTo, List<OrderLine> lines, List<NodeStock> nodes,
                            List<StoredShipment> shipments, List<OrderLine> backordered,
                            OrderExplanation explanation, Scenario scenario) {
        this(orderId, orderNumber, customerName, status, shipToText, shipTo, lines, nodes, shipments, backordered,
                explanation, scenario, null);
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

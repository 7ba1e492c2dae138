package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.model.common.GeoPoint;
import java.util.List;

/** An order to route: where it goes, what it holds, and its shipping constraints (maxShipments null: no limit). */
public record RoutingOrder(String id, GeoPoint shipTo, List<OrderLine> lines, boolean shipComplete,
                           Integer maxShipments) {
    public RoutingOrder {
        lines = List.copyOf(lines);
    }
}

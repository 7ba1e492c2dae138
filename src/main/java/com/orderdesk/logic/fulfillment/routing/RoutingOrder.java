package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.model.common.GeoPoint;
import java.time.LocalDate;
import java.util.List;

/**
 * An order to route: where it goes, what it holds, and its shipping constraints (maxShipments
 * null: no limit). {@code releaseDate} (null: the scenario's today) and {@code deliverBy} (null:
 * no deadline) count only when the rate card has carrier services.
 */
public record RoutingOrder(String id, GeoPoint shipTo, List<OrderLine> lines, boolean shipComplete,
                           Integer maxShipments, LocalDate releaseDate, LocalDate deliverBy) {
    public RoutingOrder {
        lines = List.copyOf(lines);
    }

    /** An order without dates. */
    public RoutingOrder(String id, GeoPoint shipTo, List<OrderLine> lines, boolean shipComplete, Integer maxShipments) {
        this(id, shipTo, lines, shipComplete, maxShipments, null, null);
    }

    public RoutingOrder withDeliverBy(LocalDate date) {
        return new RoutingOrder(id, shipTo, lines, shipComplete, maxShipments, releaseDate, date);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/** One node's part of one order. {@code cost} = breakdown handling + picking + rate. */
public record Shipment(String node, double distanceKm, int zone, double weightKg, int units, double cost,
                       CostBreakdown breakdown, List<OrderLine> lines) {
    public Shipment {
        lines = List.copyOf(lines);
    }
}

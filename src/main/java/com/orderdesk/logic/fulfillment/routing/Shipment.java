package com.orderdesk.logic.fulfillment.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One node's part of one order. {@code cost} = breakdown handling + picking + rate (the rate
 * already times the service's price factor). {@code service}, {@code shipDate} and
 * {@code deliveryDate} are null when the rate card has no carrier services.
 */
public record Shipment(String node, double distanceKm, int zone, double weightKg, int units, double cost,
                       CostBreakdown breakdown, List<OrderLine> lines, String service, LocalDate shipDate,
                       LocalDate deliveryDate) {
    public Shipment {
        lines = List.copyOf(lines);
    }

    /** The shipment's cost rounded half-up to the cent: what it is stored and shown at. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(cost).setScale(2, RoundingMode.HALF_UP);
    }

    /** A shipment without service or dates. */
    public Shipment(String node, double distanceKm, int zone, double weightKg, int units, double cost,
                    CostBreakdown breakdown, List<OrderLine> lines) {
        this(node, distanceKm, zone, weightKg, units, cost, breakdown, lines, null, null, null);
    }
}

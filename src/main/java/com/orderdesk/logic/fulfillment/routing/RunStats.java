package com.orderdesk.logic.fulfillment.routing;

/**
 * Figures of one run. {@code provenOptimal} and {@code lowerBound} are known in batch mode only
 * (null otherwise); the lower bound is the sum of each order's optimum routed alone (or a proven
 * bound of it), which ignores competition for stock, so it is loose when stock is scarce.
 */
public record RunStats(int orders, int shipments, int splitOrders, long backorderedUnits, double elapsedMs,
                       Boolean provenOptimal, Double lowerBound) {
}

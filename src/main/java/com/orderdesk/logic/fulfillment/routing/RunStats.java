package com.orderdesk.logic.fulfillment.routing;

/**
 * Figures of one run. {@code provenOptimal} and {@code lowerBound} are known in batch mode only
 * (null otherwise); the lower bound is the sum of each order's cost routed alone.
 */
public record RunStats(int orders, int shipments, int splitOrders, long backorderedUnits, double elapsedMs,
                       Boolean provenOptimal, Double lowerBound) {
}

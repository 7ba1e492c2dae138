package com.orderdesk.logic.fulfillment.routing;

/**
 * Figures of one run. {@code provenOptimal} and {@code lowerBound} are known in batch mode only
 * (null otherwise); the lower bound is the larger of the sum of each order's optimum routed alone
 * (or a proven bound of it) and the wave's Lagrangian bound over the shared stock and capacity
 * ({@link WaveBound}), both true lower bounds of the wave's optimum.
 */
public record RunStats(int orders, int shipments, int splitOrders, long backorderedUnits, double elapsedMs,
                       Boolean provenOptimal, Double lowerBound) {
}

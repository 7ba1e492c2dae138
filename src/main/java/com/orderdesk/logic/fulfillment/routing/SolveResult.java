package com.orderdesk.logic.fulfillment.routing;

/**
 * An assignment x[node][line] of an {@link OrderProblem}, its cost, whether it is proven minimal,
 * and a proven lower bound of the order's optimum (the cost itself when optimal; costs are never
 * negative, so 0 is always valid).
 */
record SolveResult(int[][] x, double cost, boolean optimal, double lowerBound) {
    SolveResult(int[][] x, double cost, boolean optimal) {
        this(x, cost, optimal, optimal ? cost : 0);
    }
}

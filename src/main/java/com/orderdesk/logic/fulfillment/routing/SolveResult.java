package com.orderdesk.logic.fulfillment.routing;

/** An assignment x[node][line] of an {@link OrderProblem}, its cost, and whether it is proven minimal. */
record SolveResult(int[][] x, double cost, boolean optimal) {
}

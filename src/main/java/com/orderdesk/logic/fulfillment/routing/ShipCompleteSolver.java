package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ship-complete orders: one node ships everything, or it is all backordered. Enumerating is exact. */
final class ShipCompleteSolver {
    private ShipCompleteSolver() {
    }

    /** Every possible plan (each node able to ship it all, and all backordered), cheapest first. */
    static List<SolveResult> plans(OrderProblem p) {
        List<SolveResult> plans = new ArrayList<>();
        plans.add(new SolveResult(p.emptyAssignment(), p.backorderPenalty * p.totalUnits, true));
        if (p.maxShipments >= 1) {
            for (int n = 0; n < p.nodeCount; n++) {
                boolean whole = true;
                for (int l = 0; l < p.lineCount && whole; l++) {
                    whole = p.avail[n][l] >= p.qty[l];
                }
                if (whole) {
                    int[][] x = p.emptyAssignment();
                    System.arraycopy(p.qty, 0, x[n], 0, p.lineCount);
                    plans.add(new SolveResult(x, p.shipmentCost(n, p.totalUnits, p.totalWeight), true));
                }
            }
        }
        plans.sort(Comparator.comparingDouble(SolveResult::cost));
        return plans;
    }
}

package com.orderdesk.logic.fulfillment.routing;

/**
 * A plan from a branch's Lagrangian solution, for {@link LagrangianBranchAndBound}: the nodes its
 * bound counts, each line's units rounded from their relaxed loads (no more than the line's
 * quantity), then improved by local search ({@link PlanImprover}) over those nodes only. The exact
 * placement of a leaf searches under the incumbent with a weak bound of its own, and a leaf far
 * under the incumbent ran out of its visits before reaching its own optimum.
 */
final class RelaxationRounding {
    private RelaxationRounding() {
    }

    /** A plan of {@code p} over the nodes {@code counted} (x null when none), from their relaxed {@code load}. */
    static SolveResult round(OrderProblem p, boolean[] counted, double[][] load) {
        int count = 0;
        int[] keep = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            if (counted[n]) {
                keep[count++] = n;
            }
        }
        if (count == 0) {
            return new SolveResult(null, Double.POSITIVE_INFINITY, false);
        }
        keep = java.util.Arrays.copyOf(keep, count);
        OrderProblem q = p.restrictedTo(keep, p.maxShipments);
        int[][] x = q.emptyAssignment();
        for (int l = 0; l < p.lineCount; l++) {
            int left = p.qty[l];
            for (int i = 0; i < count && left > 0; i++) {
                int u = (int) Math.min(Math.min(left, q.avail[i][l]), Math.round(load[keep[i]][l]));
                x[i][l] = Math.max(0, u);
                left -= x[i][l];
            }
        }
        // where every branch is rounded, from the rounded plan alone (the cheapest nodes' descents cost
        // most of a rounding); under it, rounded only at probes and leaves, from those nodes too
        SolveResult r = p.nodeCount >= LagrangianBranchAndBound.ROUND_ALL_FROM ? PlanImprover.descent(q, x)
                : PlanImprover.improve(q, x, 0, p.lineCount);
        int[][] full = p.emptyAssignment();
        for (int i = 0; i < count; i++) {
            full[keep[i]] = r.x()[i].clone();
        }
        return new SolveResult(full, p.cost(full), false);
    }
}

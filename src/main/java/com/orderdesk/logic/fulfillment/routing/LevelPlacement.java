package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The cheapest plan of an order with each node held to one level (closed, a weight break, the
 * tail), by {@link NodeSetSolver} over the nodes not closed: the leaves of
 * {@link LagrangianBranchAndBound} and its probes.
 */
final class LevelPlacement {
    /** What the search found (x over all the order's nodes, null when nothing under the limit), whether it completed, and its visits. */
    record Placed(int[][] x, double cost, boolean complete, long visits) {
    }

    private LevelPlacement() {
    }

    /** As {@link #under(OrderProblem, int[], double, long, double[])} without multipliers (a probe: any plan under the levels' caps). */
    static Placed under(OrderProblem p, int[] levels, double below, long visits) {
        return under(p, levels, below, visits, null);
    }

    /**
     * The cheapest plan under {@code below} with node n at {@code levels[n]} ({@link LevelBound#CLOSED}: out), within
     * {@code visits}; given the leaf's multipliers {@code lambda}, only the plans whose loads lie in their levels,
     * pruned also by the leaf's Lagrangian ({@link LeafBound}).
     */
    static Placed under(OrderProblem p, int[] levels, double below, long visits, double[] lambda) {
        int count = 0;
        int[] keep = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            if (levels[n] != LevelBound.CLOSED) {
                keep[count++] = n;
            }
        }
        keep = Arrays.copyOf(keep, count);
        int[] at = new int[count];
        for (int i = 0; i < count; i++) {
            at[i] = levels[keep[i]];
        }
        OrderProblem q = p.restrictedTo(keep, Math.max(1, count));
        SolveResult found;
        long spent = 0;
        if (count == 0) {
            int[][] none = q.emptyAssignment();
            double cost = q.cost(none);
            found = new SolveResult(cost < below - ExactOrderSolver.EPS ? none : null, cost, true);
        } else {
            NodeSetSolver solver = new NodeSetSolver(q, Math.max(1, visits));
            found = lambda == null ? solver.solveAtLevels(below, at) : solver.solveAtLevels(below, at, lambda);
            spent = solver.visits();
        }
        if (found.x() == null || found.cost() >= below - ExactOrderSolver.EPS) {
            return new Placed(null, below, found.optimal(), spent);
        }
        int[][] x = p.emptyAssignment();
        for (int i = 0; i < keep.length; i++) {
            x[keep[i]] = found.x()[i].clone();
        }
        return new Placed(x, found.cost(), found.optimal(), spent);
    }
}

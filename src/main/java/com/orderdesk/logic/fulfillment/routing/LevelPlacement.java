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

    /** A leaf's LP (with its pivots) counted as this many unit-search visits against the leaf's budget. */
    static final long VISITS_PER_LP = Long.getLong("leaf.visitsPerLp", 200);
    static final boolean USE_MIP = !Boolean.getBoolean("leaf.noMip");
    static final boolean BETTER_LAMBDA = !Boolean.getBoolean("leaf.noLpLambda");
    /** LPs of a leaf's branch-and-bound ({@link LeafMip}) before the unit search takes over. */
    static final long LEAF_LPS = Long.getLong("leaf.lps", 64);
    /** Master LPs of a leaf's whole-unit dual ({@link LeafColumns}) when its LP search leaves it open; 0: none. */
    static final boolean WHOLE_LAMBDA = !Boolean.getBoolean("leaf.noWholeLambda");
    static final long LEAF_ROUNDS = Long.getLong("leaf.rounds", 60);
    /**
     * Orders of at most this many lines get that dual: at 80 lines its rounds (85-row masters) cost more than
     * they closed (80 x 200, two runs each: 69.0, 70.0 % proven without, 68.0, 65.5 % with); at 60 lines
     * they still pay (60 x 50: 80.0 % proven in three runs with, 77.0 % in six without; gates 40, 50, 60 in
     * performance.md, "the leaf dual's gate").
     */
    static final int LEAF_COLUMN_LINES = Integer.getInteger("leaf.columnLines", 60);

    private LevelPlacement() {
    }

    /** A probe's hook (test scope; null in use): told of each leaf its LP search left open. */
    interface OpenLeaf {
        void open(OrderProblem q, int[] at, double below, double[] lpLambda);
    }

    static volatile OpenLeaf openLeaf;

    /** As {@link #under(OrderProblem, int[], double, long, double[])} without multipliers (a probe: any plan under the levels' caps). */
    static Placed under(OrderProblem p, int[] levels, double below, long visits) {
        return under(p, levels, below, visits, null);
    }

    /**
     * The cheapest plan under {@code below} with node n at {@code levels[n]} ({@link LevelBound#CLOSED}: out), within
     * {@code visits}; given the leaf's multipliers {@code lambda}, only the plans whose loads lie in their levels,
     * pruned also by the leaf's Lagrangian ({@link LeafBound}).
     */
    /** Of two multiplier vectors, the one whose Lagrangian bound of the leaf (at levels {@code at}, all nodes open) is higher. */
    private static double[] stronger(OrderProblem q, int[] at, double[] a, double[] b) {
        LevelBound bound = new LevelBound(q);
        return bound.evaluate(b, at, at) > bound.evaluate(a, at, at) ? b : a;
    }

    /** The line prices (>= 0) of the LP's multipliers (penalty + the line's dual), zero without them. */
    private static double[] pricesOf(OrderProblem q, double[] lambda) {
        double[] mu = new double[q.lineCount];
        for (int l = 0; l < mu.length && lambda != null; l++) {
            mu[l] = Math.max(0, q.backorderPenalty - lambda[l]);
        }
        return mu;
    }

    /** The leaf as an order of its open nodes only ({@code keep}, in p's numbering), each at its level {@code at}. */
    private record Leaf(int[] keep, int[] at, OrderProblem q) {
        static Leaf of(OrderProblem p, int[] levels) {
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
            return new Leaf(keep, at, p.restrictedTo(keep, Math.max(1, count)));
        }

        /** What the search found, x mapped back onto p's nodes; nothing when not under {@code below}. */
        Placed placed(OrderProblem p, SolveResult found, double below, long spent) {
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

    /**
     * As {@link #under(OrderProblem, int[], double, long, double[])}, by the leaf's LP alone: the root of its
     * branch-and-bound ({@link LeafMip}), complete when that LP settles the leaf (its solution whole, or its value
     * at the limit); the same answer {@code under} gives within one LP's visits. Incomplete, the caller
     * searches as before: only that LP is lost. Not complete where {@code under} runs no LP search.
     */
    static Placed byLp(OrderProblem p, int[] levels, double below) {
        Leaf leaf = Leaf.of(p, levels);
        if (leaf.keep.length == 0 || leaf.q.shipComplete || !USE_MIP) {
            return new Placed(null, below, false, 0);
        }
        LeafMip mip = new LeafMip(leaf.q, leaf.at, 1);
        return leaf.placed(p, mip.solve(below), below, mip.nodes() * VISITS_PER_LP);
    }

    static Placed under(OrderProblem p, int[] levels, double below, long visits, double[] lambda) {
        Leaf leaf = Leaf.of(p, levels);
        int[] at = leaf.at;
        OrderProblem q = leaf.q;
        int count = at.length;
        SolveResult found;
        long spent = 0;
        double[] wholeLambda = null;
        if (count == 0) {
            int[][] none = q.emptyAssignment();
            double cost = q.cost(none);
            found = new SolveResult(cost < below - ExactOrderSolver.EPS ? none : null, cost, true);
        } else {
            LeafMip mip = lambda == null || q.shipComplete || !USE_MIP ? null : new LeafMip(q, at, Math.min(LEAF_LPS, Math.max(1, visits / VISITS_PER_LP)));
            found = mip == null ? null : mip.solve(below);
            spent = mip == null ? 0 : mip.nodes() * VISITS_PER_LP;
            if (mip != null && !found.optimal() && openLeaf != null) {
                openLeaf.open(q, at, found.x() != null ? found.cost() : below, mip.rootLambda());
            }
            if (mip != null && !found.optimal() && LEAF_ROUNDS > 0 && q.lineCount <= LEAF_COLUMN_LINES) {
                // the packing leaves: whole units filling the weight breaks, which the LP fills with fractions
                double limit = found.x() != null ? found.cost() : below;
                LeafColumns dual = new LeafColumns(q, at);
                long rounds = Math.min(LEAF_ROUNDS, Math.max(1, (visits - spent) / VISITS_PER_LP));
                double bound = dual.solve(pricesOf(q, mip.rootLambda()), (int) rounds, limit - ExactOrderSolver.EPS);
                spent += (dual.rounds() + 1) * VISITS_PER_LP;
                if (bound >= limit - ExactOrderSolver.EPS) { // no plan of the leaf under the limit but the one found
                    found = new SolveResult(found.x(), limit, true);
                }
                wholeLambda = dual.bestLambda();
            }
            if (found == null || !found.optimal()) {
                double limit = found != null && found.x() != null ? found.cost() : below;
                double[] multipliers = lambda;
                if (mip != null && mip.rootLambda() != null && BETTER_LAMBDA) {
                    multipliers = stronger(q, at, lambda, mip.rootLambda());
                }
                if (wholeLambda != null && WHOLE_LAMBDA) {
                    multipliers = stronger(q, at, multipliers, wholeLambda);
                }
                NodeSetSolver solver = new NodeSetSolver(q, Math.max(1, visits));
                SolveResult unit = lambda == null ? solver.solveAtLevels(limit, at) : solver.solveAtLevels(limit, at, multipliers);
                spent += solver.visits();
                found = unit.x() != null || found == null ? unit : new SolveResult(found.x(), found.cost(), unit.optimal());
            }
        }
        return leaf.placed(p, found, below, spent);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * Proves each order's minimum-cost plan:
 * <ol>
 * <li>seeds (each node alone, a greedy cover, nearest first) give an incumbent, and a short
 * line-by-line search ({@link ExactOrderSolver}) settles most orders;</li>
 * <li>otherwise a {@link LagrangianBound} either proves the incumbent optimal outright, or rules
 * out every node that cannot belong to a cheaper plan;</li>
 * <li>on the nodes left, two exact searches run as a portfolio under growing visit budgets:
 * line by line (strong when a few heavy lines decide the weight breaks) and node set first
 * ({@link NodeSetSearch}, strong when many light lines spread over a few of many similar nodes,
 * and bounded by the Lagrangian node values too).</li>
 * </ol>
 * Each search is exact when it completes, so the first to complete proves the plan optimal. If
 * the whole budget runs out, the best plan found is returned with {@code optimal = false}.
 */
final class OrderOptimizer {
    private static final long QUICK = 3_000;
    private static final long FIRST_ROUND = 6_000;
    private static final int LAGRANGIAN_STEPS = 200;

    private OrderOptimizer() {
    }

    static SolveResult optimum(OrderProblem p, long budget) {
        return optimum(p, budget, QUICK, FIRST_ROUND);
    }

    /** With explicit quick-search and first-round budgets (tests use tiny ones to exercise every stage). */
    static SolveResult optimum(OrderProblem p, long budget, long quickBudget, long firstRound) {
        if (p.shipComplete) {
            return ShipCompleteSolver.plans(p).get(0);
        }
        SolveResult best = seedsBest(p);
        ExactOrderSolver quick = new ExactOrderSolver(p, Math.min(quickBudget, budget));
        best = better(best, quick.solveFrom(best));
        long spent = quick.visits();
        if (best.optimal()) {
            return best;
        }
        // Lagrangian rounds: prove the incumbent, or exclude nodes and re-price on what is left
        int[] kept = java.util.stream.IntStream.range(0, p.nodeCount).toArray();
        OrderProblem q = p;
        LagrangianBound lag;
        while (true) {
            lag = LagrangianBound.compute(q, best.cost(), LAGRANGIAN_STEPS);
            if (lag.value >= best.cost() - ExactOrderSolver.EPS) {
                return proven(best);
            }
            double limit = best.cost() - ExactOrderSolver.EPS;
            LagrangianBound l = lag;
            int[] keep = java.util.stream.IntStream.range(0, q.nodeCount)
                    .filter(n -> l.phi[n] < 0 || l.value + l.phi[n] < limit)
                    .toArray();
            if (keep.length == q.nodeCount) {
                break;
            }
            int[] next = new int[keep.length];
            for (int i = 0; i < keep.length; i++) {
                next[i] = kept[keep[i]];
            }
            kept = next;
            q = p.restrictedTo(kept, p.maxShipments);
        }
        double[] phi = lag.phi;
        long round = firstRound;
        while (spent < budget) {
            ExactOrderSolver lines = new ExactOrderSolver(q, Math.min(round, budget - spent)).withLagrangian(lag.lambda);
            SolveResult r = lines.solveBelow(best.cost());
            spent += lines.visits();
            best = adopt(p, kept, best, r);
            if (r.optimal()) {
                return proven(best);
            }
            long setBudget = Math.min(round, Math.max(1, budget - spent));
            r = NodeSetSearch.below(q, setBudget, best.cost(), lag.constant, phi, lag.lambda);
            spent += setBudget;
            best = adopt(p, kept, best, r);
            if (r.optimal()) {
                return proven(best);
            }
            round *= 4;
        }
        return new SolveResult(best.x(), best.cost(), false, Math.max(0, lag.value));
    }

    /** Takes a cheaper plan found on the reduced problem, mapped back to all candidate nodes. */
    private static SolveResult adopt(OrderProblem p, int[] kept, SolveResult best, SolveResult found) {
        if (found.x() == null || found.cost() >= best.cost() - ExactOrderSolver.EPS) {
            return best;
        }
        int[][] x = p.emptyAssignment();
        for (int i = 0; i < kept.length; i++) {
            x[kept[i]] = found.x()[i].clone();
        }
        return new SolveResult(x, found.cost(), false);
    }

    private static SolveResult proven(SolveResult r) {
        return new SolveResult(r.x(), r.cost(), true);
    }

    private static SolveResult seedsBest(OrderProblem p) {
        SolveResult best = null;
        List<int[][]> seeds = PlanSeeds.seeds(p);
        for (int[][] seed : seeds) {
            double cost = p.cost(seed);
            if (best == null || cost < best.cost()) {
                best = new SolveResult(seed, cost, false);
            }
        }
        return best;
    }

    private static SolveResult better(SolveResult a, SolveResult b) {
        if (b.x() != null && b.cost() < a.cost() - ExactOrderSolver.EPS) {
            return b;
        }
        return new SolveResult(a.x(), a.cost(), a.optimal() || b.optimal());
    }
}

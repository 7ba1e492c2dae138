package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * Proves each order's minimum-cost plan:
 * <ol>
 * <li>seeds (each node alone, a greedy cover, nearest first) give an incumbent, and a short
 * line-by-line search ({@link ExactOrderSolver}) settles most orders;</li>
 * <li>otherwise a {@link LagrangianBound} either proves the incumbent optimal outright, or rules
 * out every node that cannot belong to a cheaper plan;</li>
 * <li>on the nodes left, the node-set search ({@link NodeSetSearch}: node sets bounded by
 * {@link SetBound} and the Lagrangian node values, each surviving set solved exactly by
 * {@link NodeSetSolver}, which fixes every node's weight break before placing units).</li>
 * </ol>
 * Orders of 10 lines and more capped at two shipments skip all of this for {@link PairSearch}
 * (the best over single nodes and pairs, each bounded on its own).
 * Each search is exact when it completes. If the visit budget runs out, the best plan found is
 * returned with {@code optimal = false}. (Until November 2026 a line-by-line search shared the
 * last stage as a portfolio; the break-first inner solver made it redundant: measured 99.8 % vs
 * 98.3 % of the benchmark's orders proven, in a third of the time.)
 */
final class OrderOptimizer {
    private static final long QUICK = 3_000;
    private static final int LAGRANGIAN_STEPS = 60;
    private static final int SHORT_QUICK_FROM_LINES = 10;
    private static final long LARGE_ORDER_QUICK = 1_000;
    /** Orders of this many lines get their first plan improved by local search (seeds measured 3-18 % above the optimum at 40 lines). */
    private static final int CERTIFY_STEPS = 400;
    /**
     * From this many lines an order is "large": its first plan is improved by local search (seeds
     * measured 3-18 % above the optimum at 40 lines), it skips the quick line search, and it is
     * routed within the router's time budget.
     */
    static final int LARGE_ORDER_LINES = 25;
    /** A large order's node-set search gets this share of its time; the rest goes to {@link LagrangianBranchAndBound}. */
    static final double LARGE_SEARCH_SHARE = 0.5;
    /**
     * Orders capped at two shipments go to {@link PairSearch} from this many lines (measured, every
     * order capped, CPU per order: 10 lines over 200 nodes median 2.3 -> 1.3 ms, p99 4.5 -> 2.6 ms;
     * at 5 lines over 200 nodes the median rose 0.33 -> 0.49 ms, so smaller orders stay as they were).
     */
    static final int PAIRS_FROM_LINES = 10;
    /**
     * The same for a large order without a shipment cap: the branch-and-bound, which does the
     * proving there, gets 70 % (December 2026, 100 orders each: proven within 2 points of 50 %, the
     * worst certified gap 4.6 -> 2.0-2.1 % at 40 lines over 200 nodes, 10.2 -> 8.7-8.8 % at 80), and
     * 85 % since it rounds its relaxations to plans (0.3 -> 0.15: worst gaps 0.81 -> 0.46 %, 1.36 ->
     * 1.31 %, 2.11 -> 1.77 %, 8.12 -> 7.89 % at 40 x 50, 80 x 50, 40 x 200, 80 x 200; proven the same or +1).
     */
    static final double UNCAPPED_SEARCH_SHARE = 0.15;
    /**
     * A large uncapped order's node-set search gets at most this much CPU time from its start (within
     * its share): it proves most orders it proves at all in a few ms (40 lines, its own time: median
     * 2.3-2.7 ms, 75th percentile 6.5-10 ms), and an order it has not proven by then went on to
     * spend until its share ran out (37.5 ms of the order's 250) before the branch-and-bound, which
     * proves such orders in a median 18-29 ms. Measured in the size bench against main, alternated
     * (December 2026, load 5-17): proven within 50 ms of CPU at 40 x 50 80.5-82 -> 88.5-92 %, at 40 x 200
     * 71.5-73.5 -> 73-74 % (noise), at 80 x 50 26 -> 40 %; proven the same or more, worst gaps the same
     * or less; see the performance record, seventeenth pass.
     */
    static final long NODE_SET_NANOS = 5_000_000;
    /**
     * From this many candidate nodes and lines a large order's plan also comes from the search
     * around main nodes ({@link NodeSwapSearch#fromMainNodes}: about 8 ms of CPU at 80 lines over
     * 200 nodes, where the plans before the Lagrangian came out 0.66 % cheaper in sum than the local
     * search's alone (52 orders); 200 orders: worst certified gap 5.8-6.8 -> 5.2-5.4 %; see the
     * performance record, sixteenth pass). At 40 lines over 200 nodes it changed nothing but one order, which lost its optimum
     * (#9: a plan 0.03 % cheaper first, and the branch-and-bound no longer reached 221.33).
     */
    static final int MAIN_NODES_FROM = 100;
    static final int MAIN_LINES_FROM = 60;
    /** Plans around main nodes descended (the cheapest by their greedy cover), swap searches from the best of them, and their candidates and evaluations. */
    private static final int MAIN_DESCENTS = 30;
    private static final int MAIN_STARTS = 3;
    private static final int MAIN_CANDIDATES = 20;
    private static final int MAIN_EVALS = 150;
    /** Kicks of the large-order local search (about 15 ms of CPU at 40 lines over 50 nodes). */
    private static final int IMPROVE_KICKS = 40;

    private OrderOptimizer() {
    }

    static SolveResult optimum(OrderProblem p, long budget) {
        return optimum(p, budget, QUICK);
    }

    /**
     * Within {@code nanos} (Long.MAX_VALUE: no limit) as well as the visit budget: past it the
     * best plan is returned with optimal = false and its proven lower bound (the order's
     * Lagrangian bound), from which the plan's certified gap follows.
     */
    static SolveResult optimumWithin(OrderProblem p, long budget, long nanos) {
        return optimumWithin(p, budget, nanos, null);
    }

    /** As above, with a plan to start from besides the seeds (a test's oracle: how much an early plan is worth). */
    static SolveResult optimumWithin(OrderProblem p, long budget, long nanos, int[][] start) {
        if (start != null) {
            ORACLE.set(start);
        }
        double share = p.lineCount < LARGE_ORDER_LINES ? OrderDeadline.SEARCH_SHARE
                : p.maxShipments == Integer.MAX_VALUE ? UNCAPPED_SEARCH_SHARE : LARGE_SEARCH_SHARE;
        OrderDeadline.start(nanos, share);
        try {
            return optimum(p, budget, QUICK);
        } finally {
            OrderDeadline.clear();
            ORACLE.remove();
        }
    }

    /** With an explicit quick-search budget (tests use a tiny one so that every later stage decides). */
    static SolveResult optimum(OrderProblem p, long budget, long quickBudget) {
        if (p.shipComplete) {
            return ShipCompleteSolver.plans(p).get(0);
        }
        SolveResult best = seedsBest(p);
        int[][] oracle = ORACLE.get();
        if (oracle != null) {
            ORACLE.remove();
            best = better(best, new SolveResult(oracle, p.cost(oracle), false));
        }
        SolveTrace.mark(SolveTrace.SEEDS, best.cost());
        if (p.lineCount >= PAIRS_FROM_LINES && PairSearch.applies(p)) {
            // at most two shipments: the best over single nodes and pairs, each bounded on its own
            OrderDeadline.searchToTheEnd();
            return PairSearch.solve(p, best, budget);
        }
        long spent = 0;
        if (p.lineCount < LARGE_ORDER_LINES) {
            // large orders are rarely settled by the quick line search: give it less, and none from
            // 25 lines on, where building its bounds alone took 20-40 ms of an 80-line order's budget
            long quickVisits = p.lineCount >= SHORT_QUICK_FROM_LINES ? Math.min(quickBudget, LARGE_ORDER_QUICK) : quickBudget;
            ExactOrderSolver quick = new ExactOrderSolver(p, Math.min(quickVisits, budget));
            best = better(best, quick.solveFrom(best));
            spent = quick.visits();
            if (best.optimal()) {
                return best;
            }
        }
        if (p.lineCount >= LARGE_ORDER_LINES) {
            best = better(best, PlanImprover.improve(p, best.x(), IMPROVE_KICKS, p.lineCount));
            SolveTrace.mark(SolveTrace.IMPROVE, best.cost());
            if (p.nodeCount >= MAIN_NODES_FROM && p.lineCount >= MAIN_LINES_FROM) {
                // over many nodes the cheapest plans ship most of the order from one node the local search
                // rarely opens; a plan found here also sharpens the bounds below (they prune and aim at it)
                best = better(best, NodeSwapSearch.fromMainNodes(p, MAIN_DESCENTS, MAIN_STARTS, MAIN_CANDIDATES, MAIN_EVALS));
                SolveTrace.mark(SolveTrace.MAIN_NODES, best.cost());
            }
        }
        Reduced red = reduce(p, best);
        SolveTrace.mark(SolveTrace.LAGRANGIAN, best.cost());
        if (red == null) {
            return proven(best);
        }
        if (p.lineCount >= LARGE_ORDER_LINES && p.maxShipments == Integer.MAX_VALUE) {
            // what the node-set search has not proven by then, the branch-and-bound proves sooner
            OrderDeadline.searchAtMost(NODE_SET_NANOS);
        }
        SolveResult r = NodeSetSearch.below(red.q, Math.max(1, budget - spent), best.cost(), red.lag.constant, red.lag.phi, red.lag.lambda);
        best = adopt(p, red.kept, best, r);
        SolveTrace.mark(SolveTrace.NODE_SETS, best.cost());
        if (r.optimal()) {
            return proven(best);
        }
        if (p.lineCount >= LARGE_ORDER_LINES) {
            // the node-set search's bound is the order's convex hull, 0-3.5 % under the optimum at
            // 40 lines: the rest of the time goes to a branch-and-bound on the Lagrangian itself
            OrderDeadline.searchToTheEnd();
            LagrangianBranchAndBound.Outcome o = LagrangianBranchAndBound.prove(red.q, best.cost(), red.lag.lambda, budget,
                    p.nodeCount >= LagrangianBranchAndBound.LEAF_LP_FROM);
            if (o.x() != null) {
                best = adopt(p, red.kept, best, new SolveResult(o.x(), o.cost(), false));
            }
            SolveTrace.mark(SolveTrace.BRANCH_AND_BOUND, best.cost());
            if (o.proven()) {
                return proven(best);
            }
            return new SolveResult(best.x(), best.cost(), false, Math.max(0, Math.max(red.lag.value, o.lowerBound())));
        }
        // out of time or visits: more subgradient steps from where the search left the multipliers
        // certify a tighter gap (measured: 60 -> 400 steps closes a third to a half of it on 40-line orders)
        LagrangianBound more = LagrangianBound.certify(red.q, best.cost(), CERTIFY_STEPS, red.lag.lambda);
        return new SolveResult(best.x(), best.cost(), false, Math.max(0, Math.max(red.lag.value, more.value)));
    }

    /** A test's plan to start from (see {@link #optimumWithin(OrderProblem, long, long, int[][])}). */
    private static final ThreadLocal<int[][]> ORACLE = new ThreadLocal<>();

    /** The order over the nodes the Lagrangian bound cannot rule out, with that bound. */
    private record Reduced(int[] kept, OrderProblem q, LagrangianBound lag) {
    }

    /**
     * Lagrangian rounds: null when the bound proves {@code best} optimal; otherwise the nodes that
     * may belong to a cheaper plan (excluding some re-prices the rest, so it repeats).
     */
    private static Reduced reduce(OrderProblem p, SolveResult best) {
        int[] kept = identity(p.nodeCount);
        OrderProblem q = p;
        double[] start = LinePrices.unitCosts(p, best.x()); // per line: the same lines on every restriction
        while (true) {
            // started from what the incumbent pays per unit of each line: 60 steps then do what 200 did from a flat start
            LagrangianBound lag = LagrangianBound.compute(q, best.cost(), LAGRANGIAN_STEPS, start);
            if (lag.value >= best.cost() - ExactOrderSolver.EPS) {
                return null;
            }
            double limit = best.cost() - ExactOrderSolver.EPS;
            int[] keep = java.util.stream.IntStream.range(0, q.nodeCount)
                    .filter(n -> lag.phi[n] < 0 || lag.value + lag.phi[n] < limit)
                    .toArray();
            if (keep.length == q.nodeCount) {
                return new Reduced(kept, q, lag);
            }
            int[] next = new int[keep.length];
            for (int i = 0; i < keep.length; i++) {
                next[i] = kept[keep[i]];
            }
            kept = next;
            q = p.restrictedTo(kept, p.maxShipments);
        }
    }

    private static int[] identity(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
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

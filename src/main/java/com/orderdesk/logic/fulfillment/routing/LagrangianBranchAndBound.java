package com.orderdesk.logic.fulfillment.routing;

import java.util.PriorityQueue;

/**
 * Branch-and-bound on the order's Lagrangian, for large orders the node-set search leaves
 * unproven. The order's own Lagrangian converges to its convex-hull relaxation, which mixes
 * shipments: a node half open, or a node's load half under one weight break and half under the
 * next. Here each branch holds every node to a range of levels (closed, a weight break, the
 * tail; {@link LevelBound}) and is split on one node: its level at most j, or above j ("closed
 * or open" is the split at j = closed). Each branch re-optimises the multipliers from its
 * parent's (a few deflected subgradient steps), so its bound is the relaxation of its own
 * ranges, at least its parent's.
 *
 * <p>Best first: the branch of least bound is split next, so the least bound left is always a
 * proven lower bound of every plan cheaper than the incumbent. The split is the one the
 * subgradient's own solutions disagree on most (the node, and the level, whose share of the
 * steps on each side is most even). After each bound, levels whose value alone lifts the bound
 * to the incumbent are cut from the node's range (reduced-cost fixing; only when no shipment cap
 * binds, where the bound's terms are independent). A branch where every node is closed or held
 * to one level gets more steps, then, if still open, its units placed exactly under those levels
 * ({@link NodeSetSolver#solveAtLevels}). The search is exact: when no branch is left, no plan is
 * cheaper than the incumbent; out of time, the least bound of the branches left (and of leaves
 * whose exact search ran out of visits) is the order's certified lower bound.
 */
final class LagrangianBranchAndBound {
    /** From the node-set search's multipliers; children re-optimise anyway (40 x 200: 65 % proven at 300 root and 30 child steps, 76 % at 60 and 30, 83 % at 60 and 15). */
    private static final int ROOT_STEPS = 60;
    /** Non-improving steps before the step halves: the root's as the order's own bound, a branch's sooner (it starts near its parent's). */
    private static final int ROOT_STALE = 15;
    /** Root steps made even past the deadline (as the certification before this search): all of them, now. */
    private static final int MIN_ROOT_STEPS = 60;
    /**
     * Steps of a branch from its parent's multipliers: twice the splits for slightly weaker bounds
     * (40 x 50, 60 root steps: 30 steps proved 78 %, 15 87 %, 10 86 %; 40 x 200: 76, 83, 78 %).
     */
    private static final int CHILD_STEPS = 15;
    private static final int MAX_SPLITS = 20_000; // branches split at most without a deadline (tests, no time budget)
    private static final int STALE = 8;
    /**
     * A leaf's first steps, before its LP ({@link LevelPlacement#byLp}): about what that LP costs (0.4-0.7 ms,
     * 25-35 evaluations), so a leaf its steps close soon never pays for the LP. Over 200 nodes the LP settles
     * nine in ten of the leaves these steps leave open, over 50 half (40 lines; performance.md, "leafsteps").
     */
    private static final int LEAF_FIRST_STEPS = 30;
    /**
     * From this many candidate nodes of the order (before the reduction the tree works on) a leaf tries its LP
     * after its first steps. Over 50 nodes the leaf's LP settles the leaf less often (40 lines: 58 % of the
     * tries, against 91 % over 200; leaves of 3 open nodes 68 against 93 %, whatever the tree's own node count),
     * and there the LP tried first cost 2.3 points within 50 ms (performance.md, "leafsteps"). Not measured
     * between 50 and 180 candidates.
     */
    static final int LEAF_LP_FROM = 100;
    /** Further steps of a branch whose levels are all fixed (over many nodes: that its LP left open), before its exact search. */
    private static final int LEAF_STEPS = 100;
    /** Visits of a leaf's exact search, past which it stays unresolved (40 x 50: 30,000 proved 52.5 %, 200,000 57.5 %). */
    private static final long LEAF_VISITS = 200_000;
    private static final int RETRY_GROWTH = 4;
    /** A retried leaf's first step (its last had halved): 40 x 50 and 40 x 200, 89 -> 90 % and 87 -> 88 % proven. */
    private static final double RETRY_STEP = 0.25;
    /** Every this many splits, the branch split is probed for a plan (see {@link #probe}), within this many visits. */
    private static final int PROBE_EVERY = 4;
    private static final long PROBE_VISITS = 20_000;
    private static final double MIN_STEP = 1e-4;
    /** A leaf left this close under the incumbent gets NEAR_STEPS more steps, down to FINE_STEP (see {@link #leafSteps}). */
    private static final double NEAR = 0.01;
    private static final int NEAR_STEPS = 1000;
    private static final double FINE_STEP = 1e-8;
    private double minStep = MIN_STEP;
    /** From this many nodes (few splits, a probe every 4) every branch is rounded, not only the probes (80 x 200: worst gap 7.9 -> 4.1 %). */
    static final int ROUND_ALL_FROM = 100;

    private final OrderProblem p;
    private final LevelBound bound;
    private final CostGrid grid;
    private final NodeScreen screen;
    private final boolean leafLpFirst;
    private final PriorityQueue<LevelBranch> queue = new PriorityQueue<>(LevelBranch.BY_BOUND);
    private double incumbent;
    private int[][] bestX;
    private long visitsLeft;
    /** Leaves whose exact search ran out of visits: searched again, {@link #RETRY_GROWTH} times longer, when theirs is the least bound. */
    private final PriorityQueue<LevelBranch> pending = new PriorityQueue<>(LevelBranch.BY_BOUND);
    private int splits;
    private int bounded; // branches bounded (for SolveTrace)
    private LevelBranch root;
    private final java.util.Set<Long> probed = new java.util.HashSet<>(); // level vectors probed (by hash: a collision skips a probe)

    /** What the search proved: a cheaper plan (x null when none), the incumbent's cost, and a lower bound of the order. */
    record Outcome(int[][] x, double cost, boolean proven, double lowerBound) {
    }

    private LagrangianBranchAndBound(OrderProblem p, double incumbent, long visits, boolean leafLpFirst) {
        this.p = p;
        this.leafLpFirst = leafLpFirst;
        this.bound = new LevelBound(p);
        this.grid = CostGrid.of(p);
        this.screen = new NodeScreen(p, bound);
        this.incumbent = incumbent;
        this.visitsLeft = visits;
    }

    /**
     * Proves {@code incumbent} optimal or finds a cheaper plan, starting from the multipliers
     * {@code lambda}, until the order's whole time budget ({@link OrderDeadline#certifyPassed})
     * or the visit budget of the exact leaves is spent.
     */
    static Outcome prove(OrderProblem p, double incumbent, double[] lambda, long visits) {
        return prove(p, incumbent, lambda, visits, false);
    }

    /** As {@link #prove(OrderProblem, double, double[], long)}; {@code leafLpFirst}: each leaf's LP tried after its first steps ({@link #LEAF_LP_FROM}). */
    static Outcome prove(OrderProblem p, double incumbent, double[] lambda, long visits, boolean leafLpFirst) {
        return new LagrangianBranchAndBound(p, incumbent, visits, leafLpFirst).run(lambda);
    }

    private Outcome run(double[] start) {
        int[] lo = new int[p.nodeCount];
        int[] hi = new int[p.nodeCount];
        java.util.Arrays.fill(lo, LevelBound.CLOSED);
        java.util.Arrays.fill(hi, bound.tail());
        long last = p.rates.breakAt(bound.tail() - 1);
        for (int n = 0; n < p.nodeCount; n++) {
            long most = 0;
            for (int l = 0; l < p.lineCount; l++) {
                most += p.avail[n][l] * p.weight[l];
            }
            if (most <= last) {
                hi[n] = bound.tail() - 1; // cannot ship above the last break: its plans stay on the coarser grid
            }
        }
        root = new LevelBranch(lo, hi);
        root.bound = Double.NEGATIVE_INFINITY;
        root.step = 1.0;
        settle(root, start, ROOT_STEPS);
        double rootBound = root.bound;
        boolean stopped = false;
        while (true) {
            while (!queue.isEmpty() && closes(queue.peek(), queue.peek().bound)) {
                queue.poll(); // on the cost grid of its plans (see CostGrid): none beats the incumbent
            }
            while (!pending.isEmpty() && closes(pending.peek(), pending.peek().bound)) {
                pending.poll(); // a cheaper plan found since: this leaf cannot beat it
            }
            if (queue.isEmpty() && pending.isEmpty()) {
                break;
            }
            if (OrderDeadline.certifyPassed() || ++splits > MAX_SPLITS || visitsLeft <= 0) {
                stopped = true;
                break;
            }
            if (queue.isEmpty() || !pending.isEmpty() && pending.peek().bound <= queue.peek().bound) {
                // the least bound left is a leaf whose exact search ran out of visits: more steps on its
                // relaxation first (from its multipliers, the step reset), then its search again, longer
                LevelBranch leaf = pending.poll();
                leaf.step = Math.max(leaf.step, RETRY_STEP);
                leafSteps(leaf);
                if (closes(leaf, leaf.bound)) {
                    continue;
                }
                solveExactly(leaf, Math.min(visitsLeft, RETRY_GROWTH * leaf.leafVisits));
                continue;
            }
            LevelBranch b = queue.poll();
            for (LevelBranch child : b.children()) {
                child.bound = b.bound;
                child.step = Math.min(1.0, 2 * b.step);
                settle(child, b.lambda, CHILD_STEPS);
            }
        }
        double least = incumbent;
        if (!pending.isEmpty()) {
            least = Math.min(least, pending.peek().bound);
        }
        if (stopped && !queue.isEmpty()) {
            least = Math.min(least, queue.peek().bound);
        }
        boolean proven = least >= incumbent - ExactOrderSolver.EPS;
        SolveTrace.tree(splits, bounded, rootBound);
        return new Outcome(bestX, incumbent, proven, Math.max(0, proven ? incumbent : least));
    }

    /**
     * Whether {@code bound}, a lower bound of the branch's plans, shows that none is cheaper than
     * the incumbent: above it less the quantum of those plans' costs ({@link CostGrid}).
     */
    private boolean closes(LevelBranch b, double bound) {
        return CostGrid.closes(bound, incumbent, quantum(b));
    }

    /** The cost grid of a branch's plans: the finer one when a node may ship above the last break. */
    private double quantum(LevelBranch b) {
        for (int n = 0; n < p.nodeCount; n++) {
            if (b.hi[n] == bound.tail()) {
                return grid.all;
            }
        }
        return grid.breaks;
    }

    /** Bounds a new branch; queues it, solves it exactly when small, or drops it when it cannot beat the incumbent. */
    private void settle(LevelBranch b, double[] start, int steps) {
        bounded++;
        optimise(b, start, steps, b == root ? ROOT_STALE : STALE);
        if (closes(b, b.bound)) {
            return;
        }
        if (b.splitNode < 0) {
            // every level fixed: more steps on the leaf's own relaxation often close it without a search; the
            // leaf's LP, once the first steps have cost as much, settles most of the others (then the further
            // steps were wasted: 30 % of a slow order's tree went to them)
            b.step = Math.max(b.step, 0.5);
            if (leafLpFirst) {
                optimise(b, b.lambda, LEAF_FIRST_STEPS, STALE);
                if (closes(b, b.bound) || settledByLp(b)) {
                    return;
                }
            }
            leafSteps(b);
            if (closes(b, b.bound)) {
                return;
            }
            solveExactly(b, Math.min(LEAF_VISITS, visitsLeft));
            return;
        }
        queue.add(b);
        if (b == root || splits % PROBE_EVERY == 0) {
            probe(b);
        } else if (p.nodeCount >= ROUND_ALL_FROM) {
            offer(RelaxationRounding.round(p, bound.counted, bound.load));
        }
    }

    /**
     * A leaf's further steps; when they leave it within {@link #NEAR} under the incumbent, many more at ever finer
     * steps: its relaxation then often lies within the cost grid's quantum of the incumbent, where the
     * exact search cannot close it (40 x 50 #184: 261.5140 after 100 steps against 261.5143, closed by
     * 1,000; the steps of 100 halve down to the minimum step first).
     */
    private void leafSteps(LevelBranch b) {
        optimise(b, b.lambda, LEAF_STEPS, STALE);
        if (!closes(b, b.bound) && b.bound > incumbent - NEAR) {
            minStep = FINE_STEP;
            optimise(b, b.lambda, NEAR_STEPS, STALE);
            minStep = MIN_STEP;
        }
    }

    /**
     * Deflected subgradient steps from {@code start} aimed at the incumbent; keeps the best
     * multipliers, fixes levels by reduced cost at them and chooses the split from how often each
     * node took each level over the steps.
     */
    private void optimise(LevelBranch b, double[] start, int steps, int staleSteps) {
        double[] lambda = start.clone();
        double[] best = lambda.clone();
        double bestValue = Double.NEGATIVE_INFINITY;
        double[] g = new double[p.lineCount];
        double[] shipped = new double[p.lineCount];
        int levels = bound.tail() + 2;
        int[][] seen = new int[p.nodeCount][levels];
        int stale = 0;
        int taken = 0;
        for (int it = 0; it < steps; it++) {
            double v = screen.evaluate(lambda, b.lo, b.hi); // the nodes that cannot count skipped: the same value
            if (v == Double.POSITIVE_INFINITY) {
                b.bound = v;
                return;
            }
            taken++;
            if (b == root && p.nodeCount >= ROUND_ALL_FROM) {
                // there the root's every step is rounded too: its solutions differ step to step, and where
                // the first plan is far above the optimum (80 x 200 #104, #114: 8.6, 10.8 %) a better one
                // came from the branches' roundings only after dozens of splits, often past the time
                offer(RelaxationRounding.round(p, bound.counted, bound.load));
            }
            for (int n = 0; n < p.nodeCount; n++) {
                if (b.hi[n] != LevelBound.CLOSED) {
                    seen[n][bound.counted[n] ? bound.level[n] + 1 : 0]++;
                }
            }
            if (v > bestValue + 1e-9) {
                bestValue = v;
                System.arraycopy(lambda, 0, best, 0, best.length);
                stale = 0;
            } else if (++stale >= staleSteps) {
                b.step /= 2;
                stale = 0;
            }
            if (closes(b, v) || b.step < minStep) {
                break;
            }
            // any multipliers give a valid bound: past the deadline stop (the root after the steps a certificate needs)
            if ((it & 7) == 7 && it >= (b == root ? MIN_ROOT_STEPS : 0) && OrderDeadline.certifyPassed()) {
                break;
            }
            double norm = Subgradient.deflected(p.qty, p.backorderPenalty, lambda, g, bound.counted, bound.load,
                    p.lineCount, p.nodeCount, LagrangianBound.DEFLECTION, shipped);
            if (norm < 1e-12) {
                break;
            }
            double t = b.step * (incumbent - v) / norm;
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = Math.min(p.backorderPenalty, lambda[l] + t * g[l]);
            }
        }
        b.lambda = best;
        b.bound = Math.max(b.bound, bestValue);
        if (closes(b, b.bound)) {
            return;
        }
        double at = screen.evaluateAll(best, b.lo, b.hi); // every node: the fixing and the split read each one's values
        if (mayShip(b) <= p.maxShipments) {
            b.fixByReducedCost(bound, at, incumbent - Math.max(ExactOrderSolver.EPS, quantum(b) - 1e-7));
        }
        b.chooseSplit(bound, seen, taken);
    }

    /** Nodes the branch lets ship: reduced-cost fixing holds only when no shipment cap binds (a node's term is then independent of the others'). */
    private int mayShip(LevelBranch b) {
        int mayShip = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            mayShip += b.hi[n] != LevelBound.CLOSED ? 1 : 0;
        }
        return mayShip;
    }

    /**
     * A branch where every node is closed or held to one level: the units placed exactly under
     * those levels; left pending when the search runs out of visits.
     */
    private void solveExactly(LevelBranch b, long visits) {
        if (!place(levelsOf(b), visits, quantum(b), b.lambda)) {
            b.leafVisits = Math.max(1, visits);
            pending.add(b);
        }
    }

    /** A leaf's levels: each node closed or at the one level its range holds. */
    private int[] levelsOf(LevelBranch b) {
        int[] levels = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            levels[n] = b.hi[n] == LevelBound.CLOSED ? LevelBound.CLOSED : b.lo[n];
        }
        return levels;
    }

    /**
     * Whether the leaf's LP alone settles it on the cost grid ({@link LevelPlacement#byLp}): its cheapest plan
     * under the incumbent found, or none there. Exact as {@link #place}; its plan, if any, becomes the incumbent.
     */
    private boolean settledByLp(LevelBranch b) {
        offer(RelaxationRounding.round(p, bound.counted, bound.load));
        LevelPlacement.Placed found = LevelPlacement.byLp(p, levelsOf(b), CostGrid.searchLimit(incumbent, quantum(b)));
        visitsLeft -= found.visits();
        offer(new SolveResult(found.x(), found.cost(), false));
        return found.complete();
    }

    /** The exact placement under {@code levels} ({@link LevelPlacement}), after the relaxed loads rounded ({@link RelaxationRounding}); whether it completed. */
    private boolean place(int[] levels, long visits, double quantum, double[] lambda) {
        offer(RelaxationRounding.round(p, bound.counted, bound.load));
        // on the cost grid, as the branches close: a placement within a cent of the incumbent is no better
        LevelPlacement.Placed found = LevelPlacement.under(p, levels, CostGrid.searchLimit(incumbent, quantum), visits, lambda);
        visitsLeft -= found.visits();
        offer(new SolveResult(found.x(), found.cost(), false));
        return found.complete();
    }

    private void offer(SolveResult r) {
        if (r.x() != null && r.cost() < incumbent - ExactOrderSolver.EPS) {
            bestX = r.x();
            incumbent = r.cost();
        }
    }

    /**
     * A plan from a branch's relaxation (Lagrangian heuristic): each node its bound counts, at the level
     * it took there, the units placed within a few visits. Best first rarely reaches a leaf over many nodes.
     */
    private void probe(LevelBranch b) {
        int[] levels = new int[p.nodeCount];
        long key = 17;
        for (int n = 0; n < p.nodeCount; n++) {
            levels[n] = b.hi[n] != LevelBound.CLOSED && bound.counted[n] ? bound.level[n] : LevelBound.CLOSED;
            key = key * 31 + levels[n];
        }
        if (!probed.add(key)) {
            return;
        }
        place(levels, Math.min(PROBE_VISITS, visitsLeft), grid.all, null);
    }
}

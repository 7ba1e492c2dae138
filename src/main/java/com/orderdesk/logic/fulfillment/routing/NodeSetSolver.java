package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Exact cheapest plan of an order over one fixed node set (the inner problem of
 * {@link NodeSetSearch}), by deciding the weight break of every node first.
 *
 * <p>A node's rate is a step function of its weight, so a plan's cost is decided by which break
 * ("level") each node's load falls under, plus picking and backorders. The search therefore
 * enumerates level vectors K (one level per node: a weight break, or the linear tail above the
 * last one), cheapest fixed cost first, and for each K solves what is left, a capacitated
 * assignment: place the units so that every node stays within its level's weight, at least
 * picking + backorder + tail cost. Every node is charged its level's price even when its load is
 * lighter, so each (K, assignment) costs at least the real plan it describes; and each real plan
 * appears with its own levels at its exact cost. The minimum over K is therefore the optimum,
 * and plans are reported at their real cost.
 *
 * <p>Why this and not line by line: once the levels are fixed the weight caps are hard
 * constraints, which cut the assignment search at once, while the line-by-line search has to
 * discover the breaks through a convexified rate (measured: 3.1 million visits for a 19-line
 * order over 3 nodes that this search settles in a few thousand).
 */
final class NodeSetSolver {
    private final OrderProblem p;
    private final int k;
    private final int lines;
    private final long budget;
    private long visits;
    private boolean aborted;
    private double limit;
    private int[][] bestX;
    private double bestCost = Double.POSITIVE_INFINITY;

    /** Per node and level: weight cap (Long.MAX_VALUE for the tail), fixed cost (handling + price). */
    private final long[][] cap;
    private final double[][] fixed;
    private final boolean[][] tailLevel;
    private final long lastBreak;
    private final double[] perKgAbove;

    /** Lines heaviest first; per line the cheapest cost of a unit (cheapest pick in the set, or the penalty). */
    private final int[] lineAt;
    private final double[] unitFloor;
    private final long[] weightFrom;
    /** Per line (by depth): units the set has of it (the rest is backordered whatever happens). */
    private final int[] shippableUnits;
    private final double[] floorFrom;
    /** Best variable cost seen per (depth, loads) within one level vector; null when loads do not fit a key. */
    private StateMemo memo;
    private int memoBits;
    private long memoUnit;
    /** Whether the tables only the assignment search needs have been built (many sets never get that far). */
    private boolean tablesBuilt;
    /** Per line (by depth): the nodes that stock it, cheapest pick first. */
    private final int[][] stockists;
    /** Per line (by depth) and stockist index i: units the stockists from i on have of it. */
    private final int[][] availAfter;


    private final int[] level;
    private final int[] levelOrder;
    private final long[] capNow;
    private final long[] load;
    private final int[][] x;
    private final PlacementBound bound;

    /**
     * One state table per thread, cleared in O(1) for every level vector: hundreds of node sets
     * are solved per hard order, and a fresh 650 kB table each time kept the collector busy.
     * 2^17 entries (3 MB a thread): the leaves of 40-80-line orders over 5 nodes filled 2^15
     * (40 x 50 / 80 x 50 proven 94 / 45 -> 95 / 46-47 %, alternated twice).
     */
    private static final ThreadLocal<StateMemo> MEMO = ThreadLocal.withInitial(() -> new StateMemo(1 << 17));

    NodeSetSolver(OrderProblem p, long budget) {
        this.p = p;
        this.k = p.nodeCount;
        this.lines = p.lineCount;
        this.budget = budget;
        RateTable t = p.rates;
        int breaks = t.breakCount();
        lastBreak = t.breakAt(breaks - 1);
        perKgAbove = new double[k];
        cap = new long[k][];
        fixed = new double[k][];
        tailLevel = new boolean[k][];
        for (int n = 0; n < k; n++) {
            perKgAbove[n] = t.perKgAboveMax(p.zone[n]);
            long most = 0;
            for (int l = 0; l < lines; l++) {
                most += (long) p.avail[n][l] * p.weight[l];
            }
            // levels up to the first break the node's whole stock fits under; the tail only if it can exceed the last
            int count = 0;
            while (count < breaks && (count == 0 || t.breakAt(count - 1) < most)) {
                count++;
            }
            boolean tail = most > lastBreak;
            int levels = count + (tail ? 1 : 0);
            cap[n] = new long[levels];
            fixed[n] = new double[levels];
            tailLevel[n] = new boolean[levels];
            for (int j = 0; j < count; j++) {
                cap[n][j] = t.breakAt(j);
                fixed[n][j] = p.handling[n] + t.priceAt(p.zone[n], j);
            }
            if (tail) {
                cap[n][count] = Long.MAX_VALUE;
                fixed[n][count] = p.handling[n] + t.priceAt(p.zone[n], breaks - 1);
                tailLevel[n][count] = true;
            }
        }
        lineAt = p.heaviestLinesFirst();
        unitFloor = new double[lines];
        stockists = new int[lines][];
        for (int d = 0; d < lines; d++) {
            int l = lineAt[d];
            double cheapest = p.backorderPenalty;
            int count = 0;
            int[] s = new int[k];
            for (int n = 0; n < k; n++) {
                if (p.avail[n][l] > 0) {
                    cheapest = Math.min(cheapest, p.pick[n]);
                    // insertion by pick, cheapest first
                    int at = count++;
                    while (at > 0 && p.pick[s[at - 1]] > p.pick[n]) {
                        s[at] = s[at - 1];
                        at--;
                    }
                    s[at] = n;
                }
            }
            unitFloor[d] = cheapest;
            stockists[d] = Arrays.copyOf(s, count);
        }
        availAfter = new int[lines][];
        for (int d = 0; d < lines; d++) {
            int[] nodes = stockists[d];
            availAfter[d] = new int[nodes.length + 1];
            for (int i = nodes.length - 1; i >= 0; i--) {
                availAfter[d][i] = availAfter[d][i + 1] + p.avail[nodes[i]][lineAt[d]];
            }
        }
        shippableUnits = new int[lines];
        weightFrom = new long[lines + 1];
        floorFrom = new double[lines + 1];
        for (int d = lines - 1; d >= 0; d--) {
            int l = lineAt[d];
            int shippable = 0;
            for (int n = 0; n < k; n++) {
                shippable += p.avail[n][l];
            }
            int ships = Math.min(p.qty[l], shippable);
            shippableUnits[d] = ships;
            weightFrom[d] = weightFrom[d + 1] + ships * p.weight[l];
            // units no node of the set has are backordered whatever the assignment
            floorFrom[d] = floorFrom[d + 1] + ships * unitFloor[d] + (p.qty[l] - ships) * p.backorderPenalty;
        }
        level = new int[k];
        capNow = new long[k];
        // nodes with the most breaks to choose from first: their choice moves the bound most
        levelOrder = new int[k];
        for (int n = 0; n < k; n++) {
            int at = n;
            while (at > 0 && cap[levelOrder[at - 1]].length < cap[n].length) {
                levelOrder[at] = levelOrder[at - 1];
                at--;
            }
            levelOrder[at] = n;
        }
        load = new long[k];
        x = p.emptyAssignment();
        bound = new PlacementBound(p, lineAt, unitFloor, stockists, shippableUnits, weightFrom, floorFrom,
                lastBreak, perKgAbove, tailLevel, level, capNow, load);
    }

    /**
     * As {@link #solve}, each node n held to the one level {@code levels[n]} (a weight break, or
     * the tail: {@link RateTable#breakCount()}): the leaves of {@link LagrangianBranchAndBound}.
     * A node whose stock cannot reach its level leaves nothing to find.
     */
    SolveResult solveAtLevels(double below, int[] levels) {
        only = levels;
        return solve(below);
    }

    /**
     * As {@link #solveAtLevels(double, int[])}, finding only the plans whose loads lie in their
     * levels (a leaf's), pruned also by the leaf's Lagrangian at multipliers {@code lambda} ({@link LeafBound}).
     */
    SolveResult solveAtLevels(double below, int[] levels, double[] lambda) {
        leafBound = new LeafBound(p, lambda, lineAt, stockists, lastBreak, perKgAbove, tailLevel, cap, level, load);
        return solveAtLevels(below, levels);
    }

    /** A leaf's Lagrangian over the lines still to place (null outside leaves). */
    private LeafBound leafBound;

    /** Per node: the only level tried (null: every level). */
    private int[] only;

    /** The cheapest plan on these nodes costing less than {@code below} (x null when none); optimal when not aborted. */
    SolveResult solve(double below) {
        limit = below;
        chooseLevel(0, 0);
        candidates.sort(Comparator.comparingDouble(c -> c.bound));
        for (Candidate c : candidates) {
            if (aborted || c.bound >= limit - ExactOrderSolver.EPS) {
                break;
            }
            for (int n = 0; n < k; n++) {
                level[n] = c.levels[n];
                capNow[n] = cap[n][level[n]];
            }
            assign(c.fixed);
        }
        return new SolveResult(bestX, bestX == null ? below : bestCost, !aborted);
    }

    long visits() {
        return visits;
    }

    boolean aborted() {
        return aborted;
    }

    private boolean spend() {
        if (++visits > budget || OrderDeadline.passed(visits)) {
            aborted = true;
        }
        return !aborted;
    }

    /** Level of node i, given the levels of the nodes before it; {@code fixedSoFar} their fixed costs. */
    private void chooseLevel(int i, double fixedSoFar) {
        if (i == k) {
            Arrays.fill(load, 0);
            double floor = fixedSoFar + bound.remainderFloor(0, Double.POSITIVE_INFINITY);
            if (floor < limit - ExactOrderSolver.EPS) {
                candidates.add(new Candidate(level.clone(), fixedSoFar, floor));
            }
            return;
        }
        int n = levelOrder[i];
        double restFixed = 0;
        for (int m = i + 1; m < k; m++) {
            int o = levelOrder[m];
            restFixed += fixed[o][only == null ? 0 : Math.min(only[o], cap[o].length - 1)];
        }
        int first = only == null ? 0 : only[n];
        int last = only == null ? cap[n].length - 1 : Math.min(only[n], cap[n].length - 1);
        for (int j = first; j <= last && !aborted; j++) {
            if (!spend()) {
                return;
            }
            double f = fixedSoFar + fixed[n][j];
            if (f + restFixed + floorFrom[0] >= limit - ExactOrderSolver.EPS) {
                continue;
            }
            level[n] = j;
            capNow[n] = cap[n][j];
            for (int m = i + 1; m < k; m++) {
                int o = levelOrder[m];
                level[o] = only == null ? cap[o].length - 1 : Math.min(only[o], cap[o].length - 1); // the nodes still open get their loosest level
                capNow[o] = cap[o][level[o]];
            }
            if (f + restFixed + bound.shortageFloor() < limit - ExactOrderSolver.EPS) {
                chooseLevel(i + 1, f);
            }
        }
    }

    private double fixedCost;

    private record Candidate(int[] levels, double fixed, double bound) {
    }

    private final java.util.List<Candidate> candidates = new java.util.ArrayList<>();

    /** Places the units under the chosen levels' caps (heaviest lines first). */
    private void assign(double fixedSoFar) {
        fixedCost = fixedSoFar;
        if (!tablesBuilt) {
            buildSearchTables();
        }
        if (memo != null) {
            memo.clear();
        }
        Arrays.fill(load, 0);
        line(0, 0);
    }

    private void line(int depth, double variable) {
        if (depth == lines) {
            leaf();
            return;
        }
        if (memo != null && depth > 0 && memo.seenAsCheap(stateKey(), depth, variable)) {
            return; // the same loads were reached as cheaply before: their completions are known
        }
        distribute(depth, 0, p.qty[lineAt[depth]], variable);
    }

    /** Units r of the line at {@code depth} still to place, on its stockists from index s on (the rest backordered). */
    private void distribute(int depth, int s, int r, double variable) {
        if (!spend()) {
            return;
        }
        int l = lineAt[depth];
        int[] nodes = stockists[depth];
        if (r == 0 || s == nodes.length) {
            double v = variable + p.backorderPenalty * r;
            double spent = fixedCost + v;
            if (bound.below(depth + 1, spent, limit - ExactOrderSolver.EPS)) {
                line(depth + 1, v);
            }
            return;
        }
        int n = nodes[s];
        long w = p.weight[l];
        int most = Math.min(p.avail[n][l], r);
        boolean tail = tailLevel[n][level[n]];
        if (!tail && w > 0) {
            most = (int) Math.min(most, (capNow[n] - load[n]) / w);
        }
        for (int q = most; q >= 0 && !aborted; q--) {
            double extra = p.pick[n] * q;
            if (tail) {
                extra += perKgAbove[n] * (RateTable.toKg(Math.max(0, load[n] + q * w - lastBreak))
                        - RateTable.toKg(Math.max(0, load[n] - lastBreak)));
            }
            double v = variable + extra;
            load[n] += q * w;
            // units not yet placed cost at least the line's floor each
            int later = Math.min(r - q, availAfter[depth][s + 1]);
            double rest = later * unitFloor[depth] + (r - q - later) * p.backorderPenalty;
            double spent = fixedCost + v + rest;
            // the floor-and-shortage bound first: cheaper, and most branches fall to it (the leaf's Lagrangian first: 20 % more CPU)
            if (bound.below(depth + 1, spent, limit - ExactOrderSolver.EPS)
                    && (leafBound == null || fixedCost + v + leafBound.remainder(depth, s, r - q) < limit - ExactOrderSolver.EPS)) {
                x[n][l] = q;
                distribute(depth, s + 1, r - q, v);
                x[n][l] = 0;
            }
            load[n] -= q * w;
        }
    }

    private void buildSearchTables() {
        tablesBuilt = true;
        memoUnit = bound.useSubsetSums();
        memoBits = memoUnit == 0 ? 64 : 64 - Long.numberOfLeadingZeros(lastBreak / memoUnit + 1);
        // the depth is kept beside the key (StateMemo's tag): all 63 bits for the loads, so 40-line orders over 5 nodes get it too
        memo = memoUnit > 0 && (long) memoBits * k <= 63 ? MEMO.get() : null;
    }

    /**
     * The state a partial assignment leaves for the lines from {@code depth} on: each node's load
     * (in weight units; a tail node's counted up to the last break, since above it every kg
     * costs the same), which is all the remaining cost depends on.
     */
    private long stateKey() {
        long key = 0;
        for (int n = 0; n < k; n++) {
            long w = load[n];
            if (tailLevel[n][level[n]]) {
                w = Math.min(w, lastBreak);
            }
            key = (key << memoBits) | (w / memoUnit);
        }
        return key;
    }

    private void leaf() {
        double cost = p.cost(x);
        if (cost < limit - ExactOrderSolver.EPS) {
            limit = cost;
            bestCost = cost;
            bestX = new int[k][];
            for (int n = 0; n < k; n++) {
                bestX[n] = x[n].clone();
            }
        }
    }
}

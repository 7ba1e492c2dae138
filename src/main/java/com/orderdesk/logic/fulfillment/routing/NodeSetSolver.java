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
    private final double backorderPerKgFloor;
    /** Least extra a backordered unit costs over its floor (penalty minus the dearest cheapest pick). */
    private final double backorderUnitFloor;
    /** The same, less the dearer pick the pick term may already have charged the unit (see remainderFloor). */
    private double backorderPerKgNet;
    private double backorderUnitNet;
    private final long[] roomOf;
    /** Pick values that are some line's floor (below the penalty), the next dearer floor per line, depths lightest line first. */
    private final double[] cheapPicks;
    private final double[] nextFloor;
    private final int[] lightestFirst;
    /** Per variant (0: all lines, 1: lines with a dearer stockist) and cheap pick: units and least dearer step from each depth on. */
    private final int[][][] groupUnits;
    private final double[][][] groupDelta;
    /** Per variant and node: depths of the lines priced at the node's pick that it stocks, lightest first. */
    private final int[][][] fitLines;
    private final int[] nodeGroup;
    /** Per node and depth: the weights its stock of the lines from that depth can make exactly (null: too fine to tabulate). */
    private SubsetSums reach;
    /** Best variable cost seen per (depth, loads) within one level vector; null when loads do not fit a key. */
    private StateMemo memo;
    private int memoBits;
    private long memoUnit;
    /** Whether the tables only the assignment search needs have been built (many sets never get that far). */
    private boolean tablesBuilt;
    private final long[] cutRoom;
    /** Per line (by depth): the nodes that stock it, cheapest pick first. */
    private final int[][] stockists;
    /** Per line (by depth) and stockist index i: units the stockists from i on have of it. */
    private final int[][] availAfter;

    /** Max-flow bound tables (k small): per depth and node mask, the line weight those nodes can carry, summed over the lines from that depth. */
    private final long[][] carryFrom;
    private final int masks;

    private final int[] level;
    private final int[] levelOrder;
    private final long[] capNow;
    private final long[] load;
    private final int[][] x;

    private static final int MAX_CUT_NODES = 8;
    /**
     * One state table per thread, cleared in O(1) for every level vector: hundreds of node sets
     * are solved per hard order, and a fresh 650 kB table each time kept the collector busy.
     */
    private static final ThreadLocal<StateMemo> MEMO = ThreadLocal.withInitial(() -> new StateMemo(1 << 15));

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
        double perKg = Double.POSITIVE_INFINITY;
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
            if (count > 0 && p.weight[l] > 0) {
                perKg = Math.min(perKg, (p.backorderPenalty - cheapest) / RateTable.toKg(p.weight[l]));
            }
        }
        backorderPerKgFloor = perKg;
        availAfter = new int[lines][];
        for (int d = 0; d < lines; d++) {
            int[] nodes = stockists[d];
            availAfter[d] = new int[nodes.length + 1];
            for (int i = nodes.length - 1; i >= 0; i--) {
                availAfter[d][i] = availAfter[d][i + 1] + p.avail[nodes[i]][lineAt[d]];
            }
        }
        double unitExtra = Double.POSITIVE_INFINITY;
        for (int d = 0; d < lines; d++) {
            if (stockists[d].length > 0) {
                unitExtra = Math.min(unitExtra, p.backorderPenalty - unitFloor[d]);
            }
        }
        backorderUnitFloor = unitExtra == Double.POSITIVE_INFINITY ? 0 : unitExtra;
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
        masks = k <= MAX_CUT_NODES ? 1 << k : 0;
        carryFrom = new long[lines + 1][masks];
        for (int d = lines - 1; d >= 0 && masks > 0; d--) {
            int l = lineAt[d];
            long whole = (long) p.qty[l] * p.weight[l];
            for (int m = 0; m < masks; m++) {
                long carry = 0;
                for (int n = 0; n < k; n++) {
                    if ((m & (1 << n)) != 0) {
                        carry += (long) p.avail[n][l] * p.weight[l];
                    }
                }
                carryFrom[d][m] = carryFrom[d + 1][m] + Math.min(whole, carry);
            }
        }
        lightestFirst = new int[lines];
        for (int d = 0; d < lines; d++) {
            lightestFirst[d] = lines - 1 - d; // heaviest-first by qty x weight is not lightest unit first: sort
        }
        for (int a = 1; a < lines; a++) {
            int d = lightestFirst[a];
            int b = a - 1;
            while (b >= 0 && p.weight[lineAt[lightestFirst[b]]] > p.weight[lineAt[d]]) {
                lightestFirst[b + 1] = lightestFirst[b];
                b--;
            }
            lightestFirst[b + 1] = d;
        }
        nextFloor = new double[lines];
        double[] picks = new double[lines];
        int pickCount = 0;
        for (int d = 0; d < lines; d++) {
            int l = lineAt[d];
            nextFloor[d] = p.backorderPenalty;
            for (int n = 0; n < k; n++) {
                if (p.avail[n][l] > 0 && p.pick[n] > unitFloor[d]) {
                    nextFloor[d] = Math.min(nextFloor[d], p.pick[n]);
                }
            }
            if (unitFloor[d] < p.backorderPenalty && nextFloor[d] > unitFloor[d]) {
                picks[pickCount++] = unitFloor[d];
            }
        }
        Arrays.sort(picks, 0, pickCount);
        int distinct = 0;
        for (int i = 0; i < pickCount; i++) {
            if (distinct == 0 || picks[distinct - 1] != picks[i]) {
                picks[distinct++] = picks[i];
            }
        }
        cheapPicks = Arrays.copyOf(picks, distinct);
        int groups = cheapPicks.length;
        int[] groupOf = new int[lines];
        for (int d = 0; d < lines; d++) {
            groupOf[d] = Arrays.binarySearch(cheapPicks, unitFloor[d]);
        }
        nodeGroup = new int[k];
        for (int n = 0; n < k; n++) {
            nodeGroup[n] = Arrays.binarySearch(cheapPicks, p.pick[n]);
        }
        groupUnits = new int[2][groups][lines + 1];
        groupDelta = new double[2][groups][lines + 1];
        fitLines = new int[2][k][];
        for (int variant = 0; variant < 2; variant++) {
            for (int g = 0; g < groups; g++) {
                groupDelta[variant][g][lines] = Double.POSITIVE_INFINITY;
                for (int d = lines - 1; d >= 0; d--) {
                    boolean counts = groupOf[d] == g && (variant == 0 || nextFloor[d] < p.backorderPenalty);
                    groupUnits[variant][g][d] = groupUnits[variant][g][d + 1] + (counts ? shippableUnits[d] : 0);
                    groupDelta[variant][g][d] = counts ? Math.min(groupDelta[variant][g][d + 1], nextFloor[d] - unitFloor[d])
                            : groupDelta[variant][g][d + 1];
                }
            }
            for (int n = 0; n < k; n++) {
                int[] fit = new int[lines];
                int count = 0;
                for (int d : lightestFirst) {
                    if (groupOf[d] >= 0 && groupOf[d] == nodeGroup[n] && p.avail[n][lineAt[d]] > 0
                            && (variant == 0 || nextFloor[d] < p.backorderPenalty)) {
                        fit[count++] = d;
                    }
                }
                fitLines[variant][n] = Arrays.copyOf(fit, count);
            }
        }
        backorderPerKgNet = Double.POSITIVE_INFINITY;
        backorderUnitNet = Double.POSITIVE_INFINITY;
        for (int d = 0; d < lines; d++) {
            if (stockists[d].length == 0) {
                continue;
            }
            double dearer = nextFloor[d] < p.backorderPenalty ? nextFloor[d] - unitFloor[d] : 0;
            double net = p.backorderPenalty - unitFloor[d] - dearer;
            backorderUnitNet = Math.min(backorderUnitNet, net);
            if (p.weight[lineAt[d]] > 0) {
                backorderPerKgNet = Math.min(backorderPerKgNet, net / RateTable.toKg(p.weight[lineAt[d]]));
            }
        }
        if (backorderUnitNet == Double.POSITIVE_INFINITY) {
            backorderUnitNet = 0;
        }

        roomOf = new long[k];
        cutRoom = new long[Math.max(1, masks)];
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
    }

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
        if (++visits > budget) {
            aborted = true;
        }
        return !aborted;
    }

    /** Level of node i, given the levels of the nodes before it; {@code fixedSoFar} their fixed costs. */
    private void chooseLevel(int i, double fixedSoFar) {
        if (i == k) {
            Arrays.fill(load, 0);
            double bound = fixedSoFar + remainderFloor(0, Double.POSITIVE_INFINITY);
            if (bound < limit - ExactOrderSolver.EPS) {
                candidates.add(new Candidate(level.clone(), fixedSoFar, bound));
            }
            return;
        }
        int n = levelOrder[i];
        double restFixed = 0;
        for (int m = i + 1; m < k; m++) {
            restFixed += fixed[levelOrder[m]][0];
        }
        for (int j = 0; j < cap[n].length && !aborted; j++) {
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
                level[o] = cap[o].length - 1; // the nodes still open get their loosest level
                capNow[o] = cap[o][level[o]];
            }
            if (f + restFixed + shortageFloor() < limit - ExactOrderSolver.EPS) {
                chooseLevel(i + 1, f);
            }
        }
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
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
        if (memo != null && depth > 0 && memo.seenAsCheap(stateKey(depth), variable)) {
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
            if (spent + remainderFloor(depth + 1, limit - ExactOrderSolver.EPS - spent) < limit - ExactOrderSolver.EPS) {
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
            if (spent + remainderFloor(depth + 1, limit - ExactOrderSolver.EPS - spent) < limit - ExactOrderSolver.EPS) {
                x[n][l] = q;
                distribute(depth, s + 1, r - q, v);
                x[n][l] = 0;
            }
            load[n] -= q * w;
        }
    }

    /**
     * Least cost of the lines from {@code depth} on, given the room left under the caps: each unit
     * its floor, plus the weight that cannot be placed within the caps (a max flow from lines to
     * the nodes that stock them, by its min cut over node subsets) backordered, or sent above
     * the last break of a tail node, at the cheapest per-kg price of either.
     */

    /** The bound of a partial level vector: the shortage part only (cheaper; most vectors fall to it). */
    private double shortageFloor() {
        return remainderFloor(0, false, 0);
    }

    /** As below; stops refining once the bound reaches {@code enough} (the caller only compares it with that). */
    private double remainderFloor(int depth, double enough) {
        return remainderFloor(depth, true, enough);
    }

    private double remainderFloor(int depth, boolean withPick, double enough) {
        if (depth >= lines) {
            return 0;
        }
        double tailPerKg = Double.POSITIVE_INFINITY;
        long freeRoom = 0;
        for (int n = 0; n < k; n++) {
            if (tailLevel[n][level[n]]) {
                tailPerKg = Math.min(tailPerKg, perKgAbove[n]);
                freeRoom = saturatingAdd(freeRoom, Math.max(0, lastBreak - load[n]));
            } else {
                freeRoom += Math.max(0, capNow[n] - load[n]);
            }
        }
        long need = weightFrom[depth];
        long placeableFree;
        long placeableAny;
        if (masks == 0) {
            placeableFree = Math.min(need, freeRoom);
            placeableAny = tailPerKg < Double.POSITIVE_INFINITY ? need : placeableFree;
        } else {
            placeableFree = need;
            placeableAny = need;
            long[] carry = carryFrom[depth];
            int all = masks - 1;
            int tails = 0;
            for (int n = 0; n < k; n++) {
                boolean tail = tailLevel[n][level[n]];
                roomOf[n] = tail ? Math.max(0, lastBreak - load[n]) : fillable(n, depth, capNow[n] - load[n]);
                if (tail) {
                    tails |= 1 << n;
                }
            }
            cutRoom[0] = 0;
            for (int cut = 1; cut < masks; cut++) {
                int low = Integer.numberOfTrailingZeros(cut);
                long room = cutRoom[cut & (cut - 1)] + roomOf[low];
                cutRoom[cut] = room;
                long flow = room + carry[all & ~cut];
                if (flow < placeableFree) {
                    placeableFree = flow;
                }
                if ((cut & tails) == 0 && flow < placeableAny) {
                    placeableAny = flow;
                }
            }
        }
        long mustBackorder = need - placeableAny;
        long displaced = need - placeableFree;
        double floor = floorFrom[depth];
        double bound = floor + shortage(mustBackorder, displaced, backorderPerKgFloor, backorderUnitFloor, tailPerKg);
        if (!withPick || bound >= enough || cheapPicks.length == 0) {
            return bound;
        }
        bound = Math.max(bound, floor + pickBeyondRoom(depth, false));
        if (bound >= enough) {
            return bound;
        }
        // backordered units must not be counted twice: priced net of the dearer pick the pick term already took
        double together = shortage(mustBackorder, displaced, backorderPerKgNet, backorderUnitNet, tailPerKg)
                + pickBeyondRoom(depth, true);
        return Math.max(bound, floor + together);
    }

    /**
     * Least extra for weight that does not fit: {@code mustBackorder} kg can only be backordered,
     * and {@code displaced} kg in all (that included) is backordered or sent above a tail node's
     * last break. Backordered units cost at least {@code perKg} per kg and, when there is any,
     * {@code perUnit} for one unit; tail weight {@code tailPerKg}.
     */
    private static double shortage(long mustBackorder, long displaced, double perKg, double perUnit, double tailPerKg) {
        if (displaced <= 0) {
            return 0;
        }
        long must = Math.max(0, mustBackorder);
        double byWeight = 0;
        if (must > 0) {
            byWeight += RateTable.toKg(must) * perKg;
        }
        if (displaced > must) {
            byWeight += RateTable.toKg(displaced - must) * Math.min(perKg, tailPerKg);
        }
        return mustBackorder > 0 ? Math.max(byWeight, perUnit) : byWeight;
    }

    /**
     * Extra picking when the nodes with the cheapest pick cannot hold all the units priced at
     * their pick: per pick value v, the units whose floor is v beyond the most such units those
     * nodes can still take (lightest first, within their room) pay at least the next dearer pick
     * among their stockists (or the penalty).
     */
    private double pickBeyondRoom(int depth, boolean onlyWithDearerStockist) {
        int variant = onlyWithDearerStockist ? 1 : 0;
        double extra = 0;
        for (int g = 0; g < cheapPicks.length; g++) {
            int units = groupUnits[variant][g][depth];
            if (units == 0) {
                continue;
            }
            double room = 0;
            for (int n = 0; n < k && room < units; n++) {
                if (nodeGroup[n] == g) {
                    room += unitsFitting(n, depth, variant);
                }
            }
            if (room < units) {
                extra += (units - room) * groupDelta[variant][g][depth];
            }
        }
        return extra;
    }

    /** Most units (fractional, lightest first) of the lines from depth priced at node n's pick that it can still take. */
    private double unitsFitting(int n, int depth, int variant) {
        if (tailLevel[n][level[n]]) {
            return Double.POSITIVE_INFINITY;
        }
        double left = RateTable.toKg(Math.max(0, capNow[n] - load[n]));
        double units = 0;
        for (int d : fitLines[variant][n]) {
            if (d < depth) {
                continue;
            }
            int l = lineAt[d];
            int can = Math.min(p.avail[n][l], p.qty[l]);
            double kg = RateTable.toKg(p.weight[l]);
            if (kg <= 0) {
                units += can;
                continue;
            }
            double take = Math.min(can, left / kg);
            units += take;
            left -= take * kg;
            if (left <= 1e-12) {
                break;
            }
        }
        return units;
    }

    private void buildSearchTables() {
        tablesBuilt = true;
        reach = SubsetSums.of(p, lineAt, lastBreak);
        memoUnit = reach == null ? 0 : reach.unit();
        memoBits = reach == null ? 64 : 64 - Long.numberOfLeadingZeros(lastBreak / memoUnit + 1);
        memo = reach != null && 5 + (long) memoBits * k <= 63 && lines < 32 ? MEMO.get() : null;
    }

    /** The most weight node n can still take within {@code room} from the lines at {@code depth} on. */
    private long fillable(int n, int depth, long room) {
        if (room <= 0) {
            return 0;
        }
        return reach == null ? room : reach.largestAtMost(n, depth, room);
    }

    /**
     * The state a partial assignment leaves for the lines from {@code depth} on: each node's load
     * (in weight units; a tail node's counted up to the last break, since above it every kg
     * costs the same), which is all the remaining cost depends on.
     */
    private long stateKey(int depth) {
        long key = depth;
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

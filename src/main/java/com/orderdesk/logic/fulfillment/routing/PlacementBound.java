package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The lower bound {@link NodeSetSolver} prunes with: the least cost of the lines still to place,
 * given each node's weight break (its cap) and its load so far. It reads the solver's level, cap
 * and load arrays (shared, updated by the solver as it searches) and owns the tables it needs,
 * built once per node set.
 */
final class PlacementBound {
    private static final int MAX_CUT_NODES = 8;

    private final OrderProblem p;
    private final int k, lines;
    private final int[] lineAt;
    private final double[] unitFloor, floorFrom;
    private final int[] shippableUnits;
    private final long[] weightFrom;
    private final long lastBreak;
    private final double[] perKgAbove;
    private final boolean[][] tailLevel;
    /** The solver's search state: each node's level, its cap under that level, its load so far. */
    private final int[] level;
    private final long[] capNow, load;

    private final double backorderPerKgFloor;
    /** Least extra a backordered unit costs over its floor (penalty minus the dearest cheapest pick). */
    private final double backorderUnitFloor;
    /** The same, less the dearer pick the pick term may already have charged the unit (see remainderFloor). */
    private double backorderPerKgNet, backorderUnitNet;
    private final long[] roomOf;
    /** Pick values that are some line's floor (below the penalty), the next dearer floor per line, depths lightest line first. */
    private final double[] cheapPicks, nextFloor;
    private final int[] lightestFirst;
    /** Per variant (0: all lines, 1: lines with a dearer stockist) and cheap pick: units and least dearer step from each depth on. */
    private final int[][][] groupUnits;
    private final double[][][] groupDelta;
    /** Per variant and node: depths of the lines priced at the node's pick that it stocks, lightest first. */
    private final int[][][] fitLines;
    private final int[] nodeGroup;
    /** Per cheap pick: the nodes whose pick it is, in node order (pickBeyondRoom scanned all k nodes per pick). */
    private final int[][] groupNodes;
    /** Per variant, node and depth: the room unitsFitting last saw there plus one (0: none yet), and its value (see there). */
    private final long[][][] fitRoom;
    private final double[][][] fitUnits;
    /** Per node and depth: the weights its stock of the lines from that depth can make exactly (null: not built, or too fine). */
    private SubsetSums reach;
    /** Per node and depth: the room fillable last looked up in reach there (0: none; it never looks up 0), and its answer. */
    private final long[][] fillRoom, fillMade;
    /** The min cut of the max flow below (k small), kept per depth from one search step to the next. */
    private final LeastCut cuts;
    /** Max-flow tables (k small): per depth and node mask, the line weight those nodes can carry, summed over the lines from that depth. */
    private final long[][] carryFrom;
    private final int masks;

    PlacementBound(OrderProblem p, int[] lineAt, double[] unitFloor, int[][] stockists, int[] shippableUnits,
                   long[] weightFrom, double[] floorFrom, long lastBreak, double[] perKgAbove, boolean[][] tailLevel,
                   int[] level, long[] capNow, long[] load) {
        this.p = p;
        this.k = p.nodeCount;
        this.lines = p.lineCount;
        this.lineAt = lineAt;
        this.unitFloor = unitFloor;
        this.shippableUnits = shippableUnits;
        this.weightFrom = weightFrom;
        this.floorFrom = floorFrom;
        this.lastBreak = lastBreak;
        this.perKgAbove = perKgAbove;
        this.tailLevel = tailLevel;
        this.level = level;
        this.capNow = capNow;
        this.load = load;
        double perKg = Double.POSITIVE_INFINITY;
        for (int d = 0; d < lines; d++) {
            int l = lineAt[d];
            if (stockists[d].length > 0 && p.weight[l] > 0) {
                perKg = Math.min(perKg, (p.backorderPenalty - unitFloor[d]) / RateTable.toKg(p.weight[l]));
            }
        }
        backorderPerKgFloor = perKg;
        double unitExtra = Double.POSITIVE_INFINITY;
        for (int d = 0; d < lines; d++) {
            if (stockists[d].length > 0) {
                unitExtra = Math.min(unitExtra, p.backorderPenalty - unitFloor[d]);
            }
        }
        backorderUnitFloor = unitExtra == Double.POSITIVE_INFINITY ? 0 : unitExtra;
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
        groupNodes = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] in = new int[k];
            int count = 0;
            for (int n = 0; n < k; n++) {
                if (nodeGroup[n] == g) {
                    in[count++] = n;
                }
            }
            groupNodes[g] = Arrays.copyOf(in, count);
        }
        fitRoom = new long[2][k][lines + 1];
        fitUnits = new double[2][k][lines + 1];
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
        fillRoom = new long[masks > 0 ? k : 0][lines + 1];
        fillMade = new long[fillRoom.length][lines + 1];
        cuts = masks > 0 ? new LeastCut(k, carryFrom) : null;
    }

    /** Tabulates the exact subset sums (from now on the room of a node counts only weights whole units make); returns their weight step, 0 when too fine. */
    long useSubsetSums() {
        reach = SubsetSums.of(p, lineAt, lastBreak);
        return reach == null ? 0 : reach.unit();
    }

    /**
     * Whether {@code spent} plus the bound of the lines from {@code depth} stays under {@code cut}. The
     * bound is the floor plus terms never negative, so a floor that reaches the cut prunes as the whole
     * bound would (the same decision), without the cuts: 17 % of the search's calls at 80 x 50.
     */
    boolean below(int depth, double spent, double cut) {
        return spent + floorFrom[depth] < cut && spent + remainderFloor(depth, cut - spent) < cut;
    }

    /** The bound of a partial level vector: the shortage part only (cheaper; most vectors fall to it). */
    double shortageFloor() {
        return remainderFloor(0, false, 0);
    }

    /**
     * Least cost of the lines from {@code depth} on, given the room left under the caps: each unit
     * its floor, plus the weight that cannot be placed within the caps (a max flow from lines to
     * the nodes that stock them, by its min cut over node subsets) backordered, or sent above
     * the last break of a tail node, at the cheapest per-kg price of either; and the picking that
     * the cheap-pick nodes' room cannot take. Stops refining once the bound reaches
     * {@code enough} (the caller only compares it with that).
     */
    double remainderFloor(int depth, double enough) {
        return remainderFloor(depth, true, enough);
    }

    private double remainderFloor(int depth, boolean withPick, double enough) {
        if (depth >= lines) {
            return 0;
        }
        double tailPerKg = Double.POSITIVE_INFINITY;
        long need = weightFrom[depth];
        long placeableFree;
        long placeableAny;
        if (masks == 0) {
            long freeRoom = 0;
            for (int n = 0; n < k; n++) {
                if (tailLevel[n][level[n]]) {
                    tailPerKg = Math.min(tailPerKg, perKgAbove[n]);
                    freeRoom = saturatingAdd(freeRoom, Math.max(0, lastBreak - load[n]));
                } else {
                    freeRoom += Math.max(0, capNow[n] - load[n]);
                }
            }
            placeableFree = Math.min(need, freeRoom);
            placeableAny = tailPerKg < Double.POSITIVE_INFINITY ? need : placeableFree;
        } else {
            // one pass: the cuts need no total room (the first pass summed it for the case above only)
            int tails = 0;
            for (int n = 0; n < k; n++) {
                if (tailLevel[n][level[n]]) {
                    tailPerKg = Math.min(tailPerKg, perKgAbove[n]);
                    roomOf[n] = Math.max(0, lastBreak - load[n]);
                    tails |= 1 << n;
                } else {
                    roomOf[n] = fillable(n, depth, capNow[n] - load[n]);
                }
            }
            cuts.solve(depth, roomOf, tails, need);
            placeableFree = cuts.free();
            placeableAny = cuts.any();
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
            int[] nodes = groupNodes[g];
            for (int i = 0; i < nodes.length && room < units; i++) {
                room += unitsFitting(nodes[i], depth, variant);
            }
            if (room < units) {
                extra += (units - room) * groupDelta[variant][g][depth];
            }
        }
        return extra;
    }

    /**
     * Most units (fractional, lightest first) of the lines from depth priced at node n's pick that it can still take.
     * Depends only on the room left (and n, depth, variant): a search step moves one node's load, so the others' are read back.
     */
    private double unitsFitting(int n, int depth, int variant) {
        if (tailLevel[n][level[n]]) {
            return Double.POSITIVE_INFINITY;
        }
        long roomNow = Math.max(0, capNow[n] - load[n]);
        if (fitRoom[variant][n][depth] == roomNow + 1) {
            return fitUnits[variant][n][depth];
        }
        fitRoom[variant][n][depth] = roomNow + 1;
        double left = RateTable.toKg(roomNow);
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
        fitUnits[variant][n][depth] = units;
        return units;
    }

    /** The most weight node n can still take within {@code room} from the lines at {@code depth} on. */
    private long fillable(int n, int depth, long room) {
        if (room <= 0) {
            return 0;
        }
        if (reach == null) {
            return room;
        }
        // a search step moves one node's load: the others' rooms at this depth are as last time, so read back
        if (fillRoom[n][depth] == room) {
            return fillMade[n][depth];
        }
        fillRoom[n][depth] = room;
        return fillMade[n][depth] = reach.largestAtMost(n, depth, room);
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}

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
    /** The pick term (its tables, and its per-depth record). */
    private final PickFloor pick;
    /**
     * Per depth (flat, depth x k + node): each node's cap and load at the last floor there, and its room
     * for the flow (a tail node's up to the last break, another's fillable room); per depth their sum
     * (more than 8 nodes), the tail mask and cheapest tail per kg, and the flows of the cuts.
     */
    private final long[] seenCap, seenLoad, roomAt;
    private final boolean[] tailAt;
    private final long[] freeRoomAt, freeAt, anyAt;
    private final int[] tailsAt;
    private final double[] tailPerKgAt;
    private final boolean[] cutsKnown;
    /** Per depth: the clock's time at the last floor there (0: none yet); the clock the solver tells of every move. */
    private final long[] seenAt;
    private final MoveClock clock = new MoveClock();
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
        pick = new PickFloor(p, lineAt, unitFloor, shippableUnits, tailLevel, level, capNow, load);
        double[] nextFloor = pick.nextFloor;
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

        int cells = (lines + 1) * k;
        seenCap = new long[cells];
        Arrays.fill(seenCap, Long.MIN_VALUE); // no cap is: every node is new at its first floor
        seenLoad = new long[cells];
        roomAt = new long[cells];
        tailAt = new boolean[cells];
        freeRoomAt = new long[lines + 1];
        freeAt = new long[lines + 1];
        anyAt = new long[lines + 1];
        tailsAt = new int[lines + 1];
        tailPerKgAt = new double[lines + 1];
        Arrays.fill(tailPerKgAt, Double.POSITIVE_INFINITY);
        cutsKnown = new boolean[lines + 1];
        seenAt = new long[lines + 1];
        fillRoom = new long[masks > 0 ? k : 0][lines + 1];
        fillMade = new long[fillRoom.length][lines + 1];
        cuts = masks > 0 ? new LeastCut(k, carryFrom) : null;
    }

    /** Tabulates the exact subset sums (from now on the room of a node counts only weights whole units make); returns their weight step, 0 when too fine. */
    long useSubsetSums() {
        reach = SubsetSums.of(p, lineAt, lastBreak);
        Arrays.fill(seenCap, Long.MIN_VALUE); // the rooms for the flow change with it: every node is new again
        clock.movedAll();
        return reach == null ? 0 : reach.unit();
    }

    /** Node n's load (or cap) moved: the solver tells of every change to the state this bound reads. */
    void moved(int n) {
        clock.moved(n);
    }

    /** New levels, or every load cleared. */
    void movedAll() {
        clock.movedAll();
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
        int moved = look(depth);
        double tailPerKg = tailPerKgAt[depth];
        long need = weightFrom[depth];
        long placeableFree;
        long placeableAny;
        if (masks == 0) {
            placeableFree = Math.min(need, freeRoomAt[depth]);
            placeableAny = tailPerKg < Double.POSITIVE_INFINITY ? need : placeableFree;
        } else {
            // the cuts are a function of the rooms and tails: read back while neither moved at this depth
            if (moved != 0 || !cutsKnown[depth]) {
                cuts.solve(depth, roomAt, depth * k, tailsAt[depth], need, moved);
                freeAt[depth] = cuts.free();
                anyAt[depth] = cuts.any();
                cutsKnown[depth] = true;
            }
            placeableFree = freeAt[depth];
            placeableAny = anyAt[depth];
        }
        long mustBackorder = need - placeableAny;
        long displaced = need - placeableFree;
        double floor = floorFrom[depth];
        double bound = floor + shortage(mustBackorder, displaced, backorderPerKgFloor, backorderUnitFloor, tailPerKg);
        if (!withPick || bound >= enough || pick.none()) {
            return bound;
        }
        bound = Math.max(bound, floor + pick.beyondRoom(depth, false));
        if (bound >= enough) {
            return bound;
        }
        // backordered units must not be counted twice: priced net of the dearer pick the pick term already took
        double together = shortage(mustBackorder, displaced, backorderPerKgNet, backorderUnitNet, tailPerKg)
                + pick.beyondRoom(depth, true);
        return Math.max(bound, floor + together);
    }

    /**
     * Brings the depth's record up to the search state: only the nodes whose cap or load differs
     * from the last floor at this depth (a search step moves one, and the clock says which) get their
     * room worked out again and their tail flag looked at. Returns the mask of nodes whose room for the flow
     * moved (up to 8 nodes; the cuts need no more).
     */
    private int look(int depth) {
        int off = depth * k;
        int who = seenAt[depth] == 0 ? MoveClock.SEVERAL : clock.since(seenAt[depth]);
        seenAt[depth] = clock.now();
        if (who == MoveClock.NONE) {
            return 0;
        }
        int moved = 0;
        boolean tailsMoved = false;
        for (int n = who >= 0 ? who : 0; n < (who >= 0 ? who + 1 : k); n++) {
            long c = capNow[n];
            long l = load[n];
            if (c == seenCap[off + n] && l == seenLoad[off + n]) {
                continue;
            }
            seenCap[off + n] = c;
            seenLoad[off + n] = l;
            boolean tail = tailLevel[n][level[n]];
            if (tail != tailAt[off + n]) {
                tailAt[off + n] = tail;
                tailsMoved = true;
            }
            long room = tail ? Math.max(0, lastBreak - l) : masks > 0 ? fillable(n, depth, c - l) : Math.max(0, c - l);
            long was = roomAt[off + n];
            if (room != was) {
                roomAt[off + n] = room;
                freeRoomAt[depth] += room - was; // whole numbers, each at most the last break: the same sum as in one pass
                moved |= masks > 0 ? 1 << n : 0;
            }
        }
        if (tailsMoved) {
            double tailPerKg = Double.POSITIVE_INFINITY;
            int tails = 0;
            for (int n = 0; n < k; n++) {
                if (tailAt[off + n]) {
                    tailPerKg = Math.min(tailPerKg, perKgAbove[n]);
                    tails |= masks > 0 ? 1 << n : 0;
                }
            }
            tailPerKgAt[depth] = tailPerKg;
            tailsAt[depth] = tails;
            cutsKnown[depth] = false;
        }
        return moved;
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
}

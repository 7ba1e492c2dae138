package com.orderdesk.logic.fulfillment.routing;

/**
 * The Lagrangian of the lines still to place, for {@link NodeSetSolver}'s search of a leaf of
 * {@link LagrangianBranchAndBound} (every node held to one level), at the leaf's own multipliers.
 *
 * <p>For any {@code lambda_l <= penalty}, a completion of the lines from depth d on costs at
 * least {@code sum lambda_l q_l} (each unit left to place, backordered at the penalty or not)
 * plus, per node, the least {@code sum (pick + extra - lambda_l) y_l} (and, on a tail node, the
 * per-kg rate of the weight above the last break) over the loads y it can still take: within its
 * level's cap, and, for a plan at that level, weighing at least the previous break less its load
 * so far (the leaf covers only the plans whose loads lie in their levels; a lighter load is
 * another leaf's). Per node that is a fractional knapsack, the lines taken cheapest per kg first.
 * At depth 0 this is the leaf's relaxation (without whole units), which lies just under the
 * incumbent on the leaves that stay open; as lines are placed it rises above the limit long
 * before the floor-and-shortage bound ({@link PlacementBound}) does.
 */
final class LeafBound {
    /**
     * Units a hair short of whole count as whole: the room is a difference of kg (20.0 - 19.78 =
     * 0.21999999999999886), so a 0.22 kg unit that fits exactly came out as 0.99999999 of a unit,
     * a split whose whole-unit bound ({@link #wholeSplit}) then allowed none of it: the bound rose
     * above a real plan's cost and the leaf's search cut it (40 x 200, seed 42, SO-000007: a plan of
     * 227.5369 lost, 227.5436 returned as proven). Rounding up keeps a lower bound (more room).
     */
    private static final double WHOLE_SLACK = 1e-7;
    private final OrderProblem p;
    private final int k;
    private final int[] lineAt;
    private final long lastBreak;
    private final double[] perKgAbove;
    private final boolean[][] tailLevel;
    private final long[][] cap;
    private final int[] level;
    private final long[] load;
    /** Per depth: lambda times the line's quantity, summed from that depth on; the line's multiplier. */
    private final double[] lambdaFrom;
    private final double[] lambdaAt;
    /** Per node: the depths of the lines it stocks, cheapest per kg first, with each unit's value and kg. */
    private final int[][] byRatio;
    /**
     * Per node and depth: byRatio's depths from that depth on, in the same order, built at first use.
     * {@link #node} skips the lines already placed (they add nothing), so it walks only these: at 80
     * lines it spent much of its time stepping over the placed ones.
     */
    private final int[][][] byRatioFrom;
    /** Per node and depth: the units of the line at that depth it can take (its stock, at most the quantity). */
    private final int[][] unitsOf;
    private final double[][] value;
    private final double[] kg;
    /** Per depth and node: the node's index among the line's stockists (-1: it has none). */
    private final int[][] stockistIndex;
    /**
     * Per node and depth + 1: the state {@link #node} last saw there (load, level, units of the line
     * at depth it may take) and its value, which depends on nothing else. A search step moves one
     * node's load and the units left of one line, so the other nodes' values are read back.
     */
    private final long[][] seenLoad;
    private final int[][] seenLevel;
    private final int[][] seenLeft;
    private final double[][] seenValue;

    LeafBound(OrderProblem p, double[] lambda, int[] lineAt, int[][] stockists, long lastBreak, double[] perKgAbove,
              boolean[][] tailLevel, long[][] cap, int[] level, long[] load) {
        this.p = p;
        this.k = p.nodeCount;
        this.lineAt = lineAt;
        this.lastBreak = lastBreak;
        this.perKgAbove = perKgAbove;
        this.tailLevel = tailLevel;
        this.cap = cap;
        this.level = level;
        this.load = load;
        int lines = p.lineCount;
        lambdaFrom = new double[lines + 1];
        lambdaAt = new double[lines];
        kg = new double[lines];
        for (int d = lines - 1; d >= 0; d--) {
            int l = lineAt[d];
            lambdaAt[d] = Math.min(p.backorderPenalty, lambda[l]);
            lambdaFrom[d] = lambdaFrom[d + 1] + lambdaAt[d] * p.qty[l];
            kg[d] = RateTable.toKg(p.weight[l]);
        }
        seenLoad = new long[k][lines + 1];
        seenLevel = new int[k][lines + 1];
        seenLeft = new int[k][lines + 1];
        seenValue = new double[k][lines + 1];
        for (int[] row : seenLevel) {
            java.util.Arrays.fill(row, -1);
        }
        stockistIndex = new int[lines][k];
        for (int d = 0; d < lines; d++) {
            java.util.Arrays.fill(stockistIndex[d], -1);
            for (int i = 0; i < stockists[d].length; i++) {
                stockistIndex[d][stockists[d][i]] = i;
            }
        }
        byRatio = new int[k][];
        byRatioFrom = new int[k][lines + 1][];
        unitsOf = new int[k][lines];
        value = new double[k][lines];
        double[] ratio = new double[lines];
        for (int n = 0; n < k; n++) {
            int[] order = new int[lines];
            int count = 0;
            for (int d = 0; d < lines; d++) {
                int l = lineAt[d];
                if (p.avail[n][l] == 0) {
                    continue;
                }
                unitsOf[n][d] = Math.min(p.avail[n][l], p.qty[l]);
                double c = p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]) - lambdaAt[d];
                value[n][d] = c;
                ratio[d] = kg[d] > 0 ? c / kg[d] : c < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                order[count++] = d;
            }
            IndexSort.byKey(order, ratio, count);
            byRatio[n] = java.util.Arrays.copyOf(order, count);
        }
    }

    /**
     * Least cost of the lines from depth {@code depth + 1} on and of {@code left} units of the line at
     * {@code depth}, which only its stockists after index {@code s} may still take (left 0: the
     * lines from {@code depth + 1}); +infinity when a node can no longer reach its level's floor.
     */
    double remainder(int depth, int s, int left) {
        double total = lambdaFrom[depth + 1] + (left > 0 ? lambdaAt[depth] * left : 0);
        for (int n = 0; n < k && total < Double.POSITIVE_INFINITY; n++) {
            total += seen(n, depth, s, left);
        }
        return total;
    }

    /** {@link #node}, read back when node n's load, level and units it may take of the line at depth are as last time there. */
    private double seen(int n, int depth, int s, int left) {
        // only the stockists after s may take units of the line at depth: for the others left changes nothing
        int mayTake = depth >= 0 && left > 0 && stockistIndex[depth][n] > s ? left : 0;
        int at = depth + 1;
        if (seenLevel[n][at] == level[n] && seenLoad[n][at] == load[n] && seenLeft[n][at] == mayTake) {
            return seenValue[n][at];
        }
        double value = node(n, depth, s, mayTake, false);
        seenLevel[n][at] = level[n];
        seenLoad[n][at] = load[n];
        seenLeft[n][at] = mayTake;
        seenValue[n][at] = value;
        return value;
    }

    /** Units of the line at depth d node n may still take (see {@link #remainder}). */
    private int unitsLeft(int n, int d, int depth, int s, int left) {
        if (d > depth) {
            return unitsOf[n][d];
        }
        if (d == depth && left > 0 && stockistIndex[d][n] > s) {
            return Math.min(p.avail[n][lineAt[d]], left);
        }
        return 0;
    }

    /**
     * A node's knapsack whose room ends inside a line (value c, w kg a unit, {@code t} units taken,
     * not whole): a real load takes at most floor(t) of them, the room left then worth at most
     * {@code nextRatio} per kg (the next line's value per kg, or 0), or at least floor(t) + 1,
     * the excess weight given up from the lines before at {@code lastRatio} per kg at the least
     * (+infinity when none came before). The lesser of the two bounds every whole load.
     */
    private static double wholeSplit(double total, double c, double w, double t, double nextRatio, double lastRatio) {
        double fewer = Math.floor(t);
        double down = total + c * (fewer - t) + nextRatio * (t - fewer) * w;
        double up = lastRatio > 0 ? Double.POSITIVE_INFINITY : total + c * (fewer + 1 - t) - lastRatio * (fewer + 1 - t) * w;
        return Math.min(down, up);
    }

    /** Node n's knapsack (see the class); {@code everyLine}: over all its lines, the placed ones skipped one by one (for tests). */
    double node(int n, int depth, int s, int left, boolean everyLine) {
        boolean tail = tailLevel[n][level[n]];
        double have = RateTable.toKg(load[n]);
        double room;
        double need;
        double perKg = 0;
        if (tail) {
            // weight up to the last break is free, above it each kg pays the tail rate; a tail plan ends above it
            room = Math.max(0, RateTable.toKg(lastBreak) - have);
            need = room;
            perKg = perKgAbove[n];
        } else {
            room = Math.max(0, RateTable.toKg(cap[n][level[n]]) - have);
            need = level[n] == 0 ? 0 : Math.max(0, RateTable.toKg(cap[n][level[n] - 1]) - have);
        }
        double[] c = value[n];
        double total = 0;
        double used = 0;
        double lastRatio = 1; // of the last unit with weight taken whole or in part (1: none yet)
        int split = -1;
        double splitTake = 0;
        for (int d : everyLine ? byRatio[n] : linesFrom(n, Math.max(0, left > 0 ? depth : depth + 1))) {
            int units = unitsLeft(n, d, depth, s, left);
            if (units == 0) {
                continue;
            }
            double w = kg[d];
            if (split >= 0) {
                // the next line after a split one: what the room the split frees is worth at most
                if (w > 0) {
                    return Math.max(total, wholeSplit(total, c[split], kg[split], splitTake, Math.min(0, c[d] / w), lastRatio));
                }
                continue;
            }
            if (w <= 0) {
                if (c[d] < 0) {
                    total += c[d] * units;
                }
                continue;
            }
            double take;
            if (tail) {
                // past the free room each kg also pays the rate: only worth it while that stays negative (or to reach the floor)
                boolean worth = c[d] + perKg * w < 0;
                if (!worth && used >= need) {
                    break;
                }
                take = worth ? units : Math.min(units, (need - used) / w);
                double free = Math.min(take, Math.max(0, room - used) / w);
                total += c[d] * take + perKg * w * (take - free);
            } else {
                if (c[d] >= 0 && used >= need || used >= room) {
                    break;
                }
                double fits = ((c[d] < 0 ? room : need) - used) / w;
                if (c[d] < 0 && Math.ceil(fits) - fits < WHOLE_SLACK) {
                    fits = Math.ceil(fits); // the kg sums' rounding: a unit that fits exactly is not split (see WHOLE_SLACK)
                }
                take = Math.min(units, fits);
                total += c[d] * take;
                if (c[d] < 0 && take < units) {
                    split = d; // the room ends inside this line: a real load takes a whole number of its units
                    splitTake = take;
                }
            }
            if (take > 0 && split < 0) {
                lastRatio = c[d] / w;
            }
            used += take * w;
        }
        if (split >= 0) {
            return Math.max(total, wholeSplit(total, c[split], kg[split], splitTake, 0, lastRatio));
        }
        return used < need - 1e-9 ? Double.POSITIVE_INFINITY : total;
    }

    /** Node n's lines at depth {@code from} on, cheapest per kg first (those before it take no units). */
    private int[] linesFrom(int n, int from) {
        int[] got = byRatioFrom[n][from];
        if (got == null) {
            int[] all = byRatio[n];
            int count = 0;
            for (int d : all) {
                count += d >= from ? 1 : 0;
            }
            got = new int[count];
            count = 0;
            for (int d : all) {
                if (d >= from) {
                    got[count++] = d;
                }
            }
            byRatioFrom[n][from] = got;
        }
        return got;
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The pick term of {@link PlacementBound}: per cheap pick value v, the units of the lines from a
 * depth whose floor is v beyond the most such units the nodes picking at v can still take
 * (lightest first, within their room) pay at least the next dearer pick among their stockists
 * (or the penalty). Reads the solver's level, cap and load arrays; a node's units that fit are read
 * back while its room at the depth is as last time (a search step moves one node's load).
 *
 * <p>Kept per depth and group instead (the room read back unless a node of the group moved), it cost
 * more than it saved at 80 x 50: the nodes of a set mostly share one pick, so the group moves at nearly
 * every step.
 */
final class PickFloor {
    private final OrderProblem p;
    private final int k, lines;
    private final int[] lineAt;
    private final boolean[][] tailLevel;
    private final int[] level;
    private final long[] capNow, load;
    /** Pick values that are some line's floor (below the penalty), the next dearer floor per line. */
    private final double[] cheapPicks;
    final double[] nextFloor;
    /** Per variant (0: all lines, 1: lines with a dearer stockist) and cheap pick: units and least dearer step from each depth on. */
    private final int[][][] groupUnits;
    private final double[][][] groupDelta;
    /** Per variant and node: depths of the lines priced at the node's pick that it stocks, lightest first. */
    private final int[][][] fitLines;
    private final int[] nodeGroup;
    /** Per cheap pick: the nodes whose pick it is, in node order. */
    private final int[][] groupNodes;
    /** Per variant, node and depth: the room unitsFitting last saw there plus one (0: none yet), and its value. */
    private final long[][][] fitRoom;
    private final double[][][] fitUnits;

    PickFloor(OrderProblem p, int[] lineAt, double[] unitFloor, int[] shippableUnits, boolean[][] tailLevel,
              int[] level, long[] capNow, long[] load) {
        this.p = p;
        this.k = p.nodeCount;
        this.lines = p.lineCount;
        this.lineAt = lineAt;
        this.tailLevel = tailLevel;
        this.level = level;
        this.capNow = capNow;
        this.load = load;
        int[] lightestFirst = new int[lines];
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
    }

    /** Whether there is no cheap pick at all (the term is then 0). */
    boolean none() {
        return cheapPicks.length == 0;
    }

    /** The extra picking of the lines from {@code depth} (variant 1: only the lines with a dearer stockist). */
    double beyondRoom(int depth, boolean onlyWithDearerStockist) {
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
     * Depends only on the room left (and n, depth, variant): read back when the room is as last time.
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
}

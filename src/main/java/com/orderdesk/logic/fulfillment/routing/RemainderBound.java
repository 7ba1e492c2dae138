package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Lower bound on what the not-yet-assigned units of an order will still cost, given the search's
 * current partial plan. The larger of two admissible bounds:
 * <ul>
 * <li><b>weight bound</b>: every unit costs at least min(backorder penalty, cheapest pick (with
 * a wave's price on the node's stock, in a priced problem) + s x its weight), plus G(D) - s D, where G is the cheapest convexified way to spread the
 * remaining weight D over the open nodes (rate increments up to their next breaks) and the
 * unopened ones (handling and first rate included), and s its marginal price per kg at D (a
 * Lagrangian/supporting-line argument: G is convex, so G(d) >= G(D) + s (d - D) for any d);</li>
 * <li><b>coverage bound</b>: units the open nodes cannot supply are either backordered or need at
 * least one more shipment, whose handling and first rate are then due.</li>
 * </ul>
 */
final class RemainderBound {
    private final OrderProblem p;
    private final ExactOrderSolver s;
    private final double penalty;
    private final double[] cheapestPick;
    private final boolean[] stocked;
    /** Per line: stocking nodes by the least a new shipment of that line costs there (handling + rate of one unit). */
    private final int[][] byOpeningCost;
    private final double[][] openingCost;
    private final long[] weightAfter;
    private final double[] uLen;
    private final double[] uSlope;
    private final int[] uNode;
    private final int uCount;
    private final double[] oLen;
    private final double[] oSlope;
    private final RateEnvelope envelope;
    /**
     * Envelope of each open node at the weight it last had: the search changes one node at a
     * time, so the others hit the cache. Envelopes reach the order's whole weight, which only
     * widens their domain (still a valid under-estimate on the remaining weight).
     */
    private final long[] cachedWeight;
    private final int[] cachedCount;
    private final double[][] cachedLen;
    private final double[][] cachedSlope;

    RemainderBound(OrderProblem p, ExactOrderSolver solver) {
        this.p = p;
        this.s = solver;
        this.penalty = p.backorderPenalty;
        int lines = p.lineCount;
        cheapestPick = new double[lines];
        stocked = new boolean[lines];
        byOpeningCost = new int[lines][];
        openingCost = new double[lines][p.nodeCount];
        for (int l = 0; l < lines; l++) {
            cheapestPick[l] = Double.POSITIVE_INFINITY;
            int count = 0;
            Integer[] nodes = new Integer[p.nodeCount];
            for (int n = 0; n < p.nodeCount; n++) {
                if (p.avail[n][l] > 0) {
                    stocked[l] = true;
                    // a wave's price on the node's stock is paid per unit, like picking (priced problems only)
                    cheapestPick[l] = Math.min(cheapestPick[l], p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]));
                    openingCost[l][n] = p.handling[n] + p.rate(n, p.weight[l]);
                    nodes[count++] = n;
                }
            }
            final int line = l;
            byOpeningCost[l] = Arrays.stream(nodes, 0, count)
                    .sorted(Comparator.comparingDouble(n -> openingCost[line][n]))
                    .mapToInt(Integer::intValue).toArray();
        }
        weightAfter = new long[lines + 1];
        for (int d = lines - 1; d >= 0; d--) {
            int l = solver.lineAt[d];
            weightAfter[d] = weightAfter[d + 1] + (stocked[l] ? p.qty[l] * p.weight[l] : 0);
        }
        int perNode = p.rates.breakCount() + 2;
        envelope = new RateEnvelope(p.rates.breakCount());
        double[] len = new double[p.nodeCount * perNode];
        double[] slope = new double[len.length];
        int[] owner = new int[len.length];
        int count = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            int k = envelope.segments(p, n, false, 0, p.totalWeight, len, slope, count);
            Arrays.fill(owner, count, count + k, n);
            count += k;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> slope[i]));
        uCount = count;
        uLen = new double[count];
        uSlope = new double[count];
        uNode = new int[count];
        for (int i = 0; i < count; i++) {
            uLen[i] = len[order[i]];
            uSlope[i] = slope[order[i]];
            uNode[i] = owner[order[i]];
        }
        cachedWeight = new long[p.nodeCount];
        Arrays.fill(cachedWeight, -1);
        cachedCount = new int[p.nodeCount];
        cachedLen = new double[p.nodeCount][perNode];
        cachedSlope = new double[p.nodeCount][perNode];
        oLen = new double[p.nodeCount * perNode];
        oSlope = new double[oLen.length];
    }

    /**
     * Bound for the line at {@code depth} with {@code r} units left, which may only go to its
     * candidates from position {@code from} on ({@code from < 0}: any node), and all later lines.
     */
    double remainder(int depth, int from, int r) {
        if (depth >= p.lineCount) {
            return 0;
        }
        return Math.max(weightBound(depth, r), coverageBound(depth, from, r));
    }

    /** Whether a partial plan costing {@code partial} may still end below {@code limit} (cheap bound first). */
    boolean admits(double partial, int depth, int from, int r, double limit) {
        if (depth >= p.lineCount) {
            return partial < limit;
        }
        return partial + coverageBound(depth, from, r) < limit && partial + weightBound(depth, r) < limit;
    }

    private double weightBound(int depth, int r) {
        int first = s.lineAt[depth];
        long remaining = weightAfter[depth + 1] + (stocked[first] ? r * p.weight[first] : 0);
        double need = RateTable.toKg(remaining);
        double spread = 0;
        double price = 0;
        if (remaining > 0) {
            int oc = 0;
            for (int i = 0; i < s.openCount; i++) {
                int n = s.openList[i];
                if (cachedWeight[n] != s.weight[n]) {
                    cachedWeight[n] = s.weight[n];
                    cachedCount[n] = envelope.segments(p, n, true, s.weight[n], p.totalWeight,
                            cachedLen[n], cachedSlope[n], 0);
                }
                System.arraycopy(cachedLen[n], 0, oLen, oc, cachedCount[n]);
                System.arraycopy(cachedSlope[n], 0, oSlope, oc, cachedCount[n]);
                oc += cachedCount[n];
            }
            RateEnvelope.sortBySlope(oLen, oSlope, oc);
            boolean mayOpen = s.openCount < p.maxShipments;
            int i = 0;
            int j = 0;
            double left = need;
            while (left > 1e-12) {
                while (j < uCount && (!mayOpen || s.open[uNode[j]])) {
                    j++;
                }
                boolean takeOpen = i < oc && (j >= uCount || oSlope[i] <= uSlope[j]);
                if (!takeOpen && j >= uCount) {
                    return allBackordered(depth, r);
                }
                double len = takeOpen ? oLen[i] : uLen[j];
                price = takeOpen ? oSlope[i++] : uSlope[j++];
                double take = Math.min(len, left);
                spread += take * price;
                left -= take;
            }
        }
        double total = spread - price * need;
        for (int d = depth; d < p.lineCount; d++) {
            int l = s.lineAt[d];
            int units = d == depth ? r : p.qty[l];
            if (units == 0) {
                continue;
            }
            double perUnit = stocked[l]
                    ? Math.min(penalty, cheapestPick[l] + price * RateTable.toKg(p.weight[l]))
                    : penalty;
            total += units * perUnit;
        }
        return total;
    }

    private double allBackordered(int depth, int r) {
        double total = penalty * r;
        for (int d = depth + 1; d < p.lineCount; d++) {
            total += penalty * p.qty[s.lineAt[d]];
        }
        return total;
    }

    private double coverageBound(int depth, int from, int r) {
        boolean mayOpen = s.openCount < p.maxShipments;
        double total = 0;
        int uncovered = 0;
        double uncoveredPick = 0;
        double cheapestOpening = Double.POSITIVE_INFINITY;
        for (int d = depth; d < p.lineCount; d++) {
            int l = s.lineAt[d];
            int units = d == depth ? r : p.qty[l];
            if (units == 0) {
                continue;
            }
            if (!stocked[l]) {
                total += penalty * units;
                continue;
            }
            double perUnit = Math.min(penalty, cheapestPick[l]);
            int cover = 0;
            double opening = Double.POSITIVE_INFINITY;
            if (d == depth && from >= 0) {
                int[] cand = s.cand[depth];
                for (int k = from; k < s.candCount[depth]; k++) {
                    int n = cand[k];
                    if (s.open[n]) {
                        cover += p.avail[n][l];
                    } else if (mayOpen) {
                        opening = Math.min(opening, openingCost[l][n]);
                    }
                }
            } else {
                for (int i = 0; i < s.openCount; i++) {
                    cover += p.avail[s.openList[i]][l];
                }
                if (mayOpen) {
                    for (int n : byOpeningCost[l]) {
                        if (!s.open[n]) {
                            opening = openingCost[l][n];
                            break;
                        }
                    }
                }
            }
            cover = Math.min(cover, units);
            total += cover * perUnit;
            int left = units - cover;
            if (left > 0) {
                if (opening == Double.POSITIVE_INFINITY) {
                    total += penalty * left;
                } else {
                    uncovered += left;
                    uncoveredPick += left * perUnit;
                    cheapestOpening = Math.min(cheapestOpening, opening);
                }
            }
        }
        if (uncovered > 0) {
            total += Math.min(penalty * uncovered, cheapestOpening + uncoveredPick);
        }
        return total;
    }
}

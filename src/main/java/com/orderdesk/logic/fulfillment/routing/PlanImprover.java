package com.orderdesk.logic.fulfillment.routing;

import java.util.SplittableRandom;

/**
 * Local search that improves a plan of a large order before the exact search tries to prove it.
 *
 * <p>On orders of 40 lines and more the seeds (each node alone, a greedy cover, nearest first)
 * were measured 3-18 % above the optimum a MIP solver proves, and the exact search rarely
 * finishes in time to find better: a cheap incumbent is what the customer pays for, proven or
 * not. Moves, each priced exactly (a node's cost depends only on its units and weight, so a
 * move's change is two shipment costs): a line's units at one node (or backordered) moved to
 * another node or to backorder; a node closed and its lines sent to the best other open nodes;
 * a node opened and every line it lowers moved to it. Descent to a local optimum, then kicks
 * (close one node, open another, descend again) while the time allows; the best plan is kept.
 */
final class PlanImprover {
    private static final double EPS = 1e-9;

    private final OrderProblem p;
    private final int[][] x;
    private final int[] units;
    private final long[] weight;
    private final int[] backordered;
    /** Per line: the nodes with stock of it; per node: the lines it stocks. */
    private final int[][] stockists;
    private final int[][] stocked;
    private int openCount;
    private double total;

    private PlanImprover(OrderProblem p, int[][] start) {
        this.p = p;
        x = new int[p.nodeCount][];
        units = new int[p.nodeCount];
        weight = new long[p.nodeCount];
        backordered = p.qty.clone();
        for (int n = 0; n < p.nodeCount; n++) {
            x[n] = start[n].clone();
            for (int l = 0; l < p.lineCount; l++) {
                units[n] += x[n][l];
                weight[n] += x[n][l] * p.weight[l];
                backordered[l] -= x[n][l];
            }
            openCount += units[n] > 0 ? 1 : 0;
        }
        total = p.cost(x);
        // plain loops, not streams: the branch-and-bound builds one of these per rounding, over a few nodes
        stockists = new int[p.lineCount][];
        stocked = new int[p.nodeCount][];
        int[] perLine = new int[p.lineCount];
        for (int n = 0; n < p.nodeCount; n++) {
            int count = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] > 0) {
                    count++;
                    perLine[l]++;
                }
            }
            stocked[n] = new int[count];
            count = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] > 0) {
                    stocked[n][count++] = l;
                }
            }
        }
        for (int l = 0; l < p.lineCount; l++) {
            stockists[l] = new int[perLine[l]];
            perLine[l] = 0;
        }
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l : stocked[n]) {
                stockists[l][perLine[l]++] = n;
            }
        }
    }

    /**
     * A plan at most as dear as {@code start}: a descent from each start, then up to
     * {@code kicks} kicks (fewer when the order's search time has passed). Starts: {@code start}, and each of the
     * {@link #STARTS} nodes that ship the order most cheaply alone, shipping all they can: the
     * economies of scale of the rates mean a good main node is rarely reached by moving one
     * line at a time (measured: the optimum's main node was a DC no single move opened).
     */
    static SolveResult improve(OrderProblem p, int[][] start, int kicks, long seed) {
        PlanImprover s = new PlanImprover(p, start);
        s.descend();
        double best = s.total;
        int[][] bestX = copy(s.x);
        for (int n : cheapestAlone(p, STARTS)) {
            s.restore(PlanSeeds.singleNode(p, n));
            s.descend();
            if (s.total < best - EPS) {
                best = s.total;
                bestX = copy(s.x);
            }
        }
        s.restore(bestX);
        SplittableRandom random = new SplittableRandom(seed);
        // a fixed number of kicks, not a time: the same order gets the same plan on a busy machine
        for (int k = 0; k < kicks && s.openCount > 0 && !OrderDeadline.searchPassed(); k++) {
            s.kick(random);
            s.descend();
            if (s.total < best - EPS) {
                best = s.total;
                bestX = copy(s.x);
            } else {
                s.restore(bestX);
            }
        }
        return new SolveResult(bestX, p.cost(bestX), false);
    }

    private static final int STARTS = 6;

    /**
     * A local optimum from {@code start} alone, without the other starts or kicks: for the plans
     * the branch-and-bound rounds from its relaxations, dozens per order, where the descents from
     * the cheapest single nodes cost most of each rounding and repeat the first plan's.
     */
    static SolveResult descent(OrderProblem p, int[][] start) {
        PlanImprover s = new PlanImprover(p, start);
        s.descend();
        int[][] x = copy(s.x);
        return new SolveResult(x, p.cost(x), false);
    }

    private static int[] cheapestAlone(OrderProblem p, int count) {
        double[] alone = new double[p.nodeCount];
        Integer[] order = new Integer[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            alone[n] = PlanSeeds.aloneCost(p, n);
            order[n] = n;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(n -> alone[n]));
        return java.util.Arrays.stream(order).limit(count).mapToInt(Integer::intValue).toArray();
    }

    private double nodeCost(int n, int u, long w) {
        return u == 0 ? 0 : p.shipmentCost(n, u, w);
    }

    /** Cost change of moving q units of line l from {@code from} to {@code to} (-1: backorder). */
    private double delta(int l, int from, int to, int q) {
        long dw = q * p.weight[l];
        double d = 0;
        if (from < 0) {
            d -= p.backorderPenalty * q;
        } else {
            d += nodeCost(from, units[from] - q, weight[from] - dw) - nodeCost(from, units[from], weight[from]);
        }
        if (to < 0) {
            d += p.backorderPenalty * q;
        } else {
            d += nodeCost(to, units[to] + q, weight[to] + dw) - nodeCost(to, units[to], weight[to]);
        }
        return d;
    }

    private void move(int l, int from, int to, int q) {
        total += delta(l, from, to, q);
        long dw = q * p.weight[l];
        if (from < 0) {
            backordered[l] -= q;
        } else {
            x[from][l] -= q;
            units[from] -= q;
            weight[from] -= dw;
            openCount -= units[from] == 0 ? 1 : 0;
        }
        if (to < 0) {
            backordered[l] += q;
        } else {
            openCount += units[to] == 0 ? 1 : 0;
            x[to][l] += q;
            units[to] += q;
            weight[to] += dw;
        }
    }

    /** How many of q units of line l node {@code to} can take (-1: backorder takes all), 0 when it may not open. */
    private int room(int l, int to, int q) {
        if (to < 0) {
            return q;
        }
        if (units[to] == 0 && openCount >= p.maxShipments) {
            return 0;
        }
        return Math.min(q, p.avail[to][l] - x[to][l]);
    }

    /** Best-improvement moves of one line's units at a time until none lowers the cost. */
    private void descend() {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int l = 0; l < p.lineCount; l++) {
                int[] nodes = stockists[l];
                for (int i = -1; i < nodes.length; i++) {
                    int from = i < 0 ? -1 : nodes[i];
                    int q = from < 0 ? backordered[l] : x[from][l];
                    if (q == 0) {
                        continue;
                    }
                    double bestDelta = -EPS;
                    int bestTo = Integer.MIN_VALUE;
                    int bestQ = 0;
                    for (int j = -1; j < nodes.length; j++) {
                        int to = j < 0 ? -1 : nodes[j];
                        if (to == from) {
                            continue;
                        }
                        int r = room(l, to, q);
                        if (r == 0) {
                            continue;
                        }
                        // all it can take, or only as many as keep it under its weight break
                        for (int k = 0; k < 2; k++) {
                            int amount = k == 0 ? r : underBreak(l, to, r);
                            if (amount <= 0 || k == 1 && amount == r) {
                                continue;
                            }
                            double d = delta(l, from, to, amount);
                            if (d < bestDelta) {
                                bestDelta = d;
                                bestTo = to;
                                bestQ = amount;
                            }
                        }
                    }
                    if (bestTo != Integer.MIN_VALUE) {
                        move(l, from, bestTo, bestQ);
                        improved = true;
                    }
                }
            }
            improved |= mergeShipment();
        }
    }

    /**
     * Moves one shipment whole into another node (open or not) when that pays: one line at a
     * time, the first line moved would pay the target's handling and first rate alone, so line
     * moves never find it.
     */
    private boolean mergeShipment() {
        double best = -EPS;
        int bestFrom = -1;
        int bestTo = -1;
        for (int a = 0; a < p.nodeCount; a++) {
            if (units[a] == 0) {
                continue;
            }
            double leave = nodeCost(a, units[a], weight[a]);
            for (int b = 0; b < p.nodeCount; b++) {
                if (b == a || !holdsAll(a, b)) { // a closes as b opens: the shipment count never grows
                    continue;
                }
                double d = nodeCost(b, units[b] + units[a], weight[b] + weight[a]) - nodeCost(b, units[b], weight[b]) - leave;
                if (d < best) {
                    best = d;
                    bestFrom = a;
                    bestTo = b;
                }
            }
        }
        if (bestFrom < 0) {
            return false;
        }
        for (int l : stocked[bestFrom]) {
            if (x[bestFrom][l] > 0) {
                move(l, bestFrom, bestTo, x[bestFrom][l]);
            }
        }
        return true;
    }

    /** Whether node b has room in its stock for everything node a ships. */
    private boolean holdsAll(int a, int b) {
        for (int l : stocked[a]) {
            if (x[a][l] > p.avail[b][l] - x[b][l]) {
                return false;
            }
        }
        return true;
    }

    /** Node n (closed) takes every unit it stocks, from wherever they are: descent then moves back what it should not keep. */
    private void takeAll(int n) {
        for (int l : stocked[n]) {
            for (int from = -1; from < p.nodeCount; from++) {
                int q = from < 0 ? backordered[l] : from == n ? 0 : x[from][l];
                int r = q == 0 ? 0 : room(l, n, q);
                if (r > 0) {
                    move(l, from, n, r);
                }
            }
        }
    }

    /** Closes a random open node (its lines to the best places left) and opens a random closed one. */
    private void kick(SplittableRandom random) {
        int open = random.nextInt(openCount);
        for (int n = 0; n < p.nodeCount; n++) {
            if (units[n] > 0 && open-- == 0) {
                close(n);
                break;
            }
        }
        int closed = p.nodeCount - openCount;
        if (closed > 0 && openCount < p.maxShipments) {
            int pick = random.nextInt(closed);
            for (int n = 0; n < p.nodeCount; n++) {
                if (units[n] == 0 && pick-- == 0) {
                    takeAll(n);
                    break;
                }
            }
        }
    }

    /** Of r units of line l, how many node {@code to} takes without passing the weight break it is under (r when it is in the tail or backorder). */
    private int underBreak(int l, int to, int r) {
        if (to < 0 || p.weight[l] == 0) {
            return r;
        }
        RateTable t = p.rates;
        for (int i = 0; i < t.breakCount(); i++) {
            if (weight[to] <= t.breakAt(i)) {
                long room = t.breakAt(i) - weight[to];
                return (int) Math.min(r, room / p.weight[l]);
            }
        }
        return r;
    }

    private void close(int a) {
        for (int l = 0; l < p.lineCount; l++) {
            while (x[a][l] > 0) {
                int q = x[a][l];
                double bestDelta = Double.POSITIVE_INFINITY;
                int bestTo = -1;
                int bestQ = q;
                int[] nodes = stockists[l];
                for (int j = -1; j < nodes.length; j++) {
                    int to = j < 0 ? -1 : nodes[j];
                    if (to == a || to >= 0 && units[to] == 0) {
                        continue; // to other open nodes, or backordered
                    }
                    int r = room(l, to, q);
                    if (r > 0) {
                        double d = delta(l, a, to, r) / r;
                        if (d < bestDelta) {
                            bestDelta = d;
                            bestTo = to;
                            bestQ = r;
                        }
                    }
                }
                move(l, a, bestTo, bestQ);
            }
        }
    }

    private void restore(int[][] plan) {
        openCount = 0;
        System.arraycopy(p.qty, 0, backordered, 0, p.lineCount);
        for (int n = 0; n < p.nodeCount; n++) {
            System.arraycopy(plan[n], 0, x[n], 0, p.lineCount);
            units[n] = 0;
            weight[n] = 0;
            for (int l = 0; l < p.lineCount; l++) {
                units[n] += x[n][l];
                weight[n] += x[n][l] * p.weight[l];
                backordered[l] -= x[n][l];
            }
            openCount += units[n] > 0 ? 1 : 0;
        }
        total = p.cost(x);
    }

    private static int[][] copy(int[][] plan) {
        int[][] c = new int[plan.length][];
        for (int i = 0; i < plan.length; i++) {
            c[i] = plan[i].clone();
        }
        return c;
    }
}

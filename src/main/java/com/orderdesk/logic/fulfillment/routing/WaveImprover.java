package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Local search over a whole wave under shared stock and capacity, after {@link BatchOptimizer}'s
 * order-by-order passes. Those re-route whole orders one or two at a time; what they miss on
 * scarce stock is the exchange: order A would ship cheaper from the node whose last units order
 * B holds, and B has an almost as good place to go (measured: batch 0.98 % above the plan a MIP
 * solver found on a 300-order scarce wave). Moves, each priced exactly per order (a shipment's
 * cost depends only on its units and weight):
 * <ul>
 * <li>relocate: one order's units of a line from a node (or backorder) to another node (or
 * backorder), within the stock and shipments left, all of them or as many as stay under the
 * target's weight break;</li>
 * <li>exchange: the same, taking the units the target lacks from another order there, which
 * moves them to its own best other place (possibly the stock the first order frees).</li>
 * </ul>
 * Ship-complete orders keep their plans. Descent until no move pays or the time is up.
 */
final class WaveImprover {
    private static final double EPS = 1e-9;

    private final OrderProblem[] p;
    private final int[][][] x;
    private final int[][] units;
    private final long[][] weight;
    private final int[][] backordered;
    private final int[] openCount;
    private final int[][] stockLeft;
    private final int[] shipmentsLeft;
    /** Per scenario sku: the (order, line) pairs that order it. */
    private final List<List<int[]>> bySku;
    /** Per order: scenario node -> its index in that order's problem (-1: not a candidate). */
    private final int[][] localOf;

    /** {@code problems} are the orders against the initial stock; {@code plans} their plans (indexes of those problems). */
    WaveImprover(Network net, OrderProblem[] problems, int[][][] plans) {
        p = problems;
        int count = problems.length;
        x = new int[count][][];
        units = new int[count][];
        weight = new long[count][];
        backordered = new int[count][];
        openCount = new int[count];
        Network.Stock stock = net.newStock(true);
        stockLeft = stock.available;
        shipmentsLeft = stock.shipmentsLeft;
        bySku = new ArrayList<>();
        for (int s = 0; s < net.skuIds.length; s++) {
            bySku.add(new ArrayList<>());
        }
        localOf = new int[count][net.nodes.length];
        for (int o = 0; o < count; o++) {
            OrderProblem q = problems[o];
            java.util.Arrays.fill(localOf[o], -1);
            x[o] = new int[q.nodeCount][];
            units[o] = new int[q.nodeCount];
            weight[o] = new long[q.nodeCount];
            backordered[o] = q.qty.clone();
            for (int n = 0; n < q.nodeCount; n++) {
                localOf[o][q.node[n]] = n;
                x[o][n] = plans[o][n].clone();
                for (int l = 0; l < q.lineCount; l++) {
                    units[o][n] += x[o][n][l];
                    weight[o][n] += x[o][n][l] * q.weight[l];
                    backordered[o][l] -= x[o][n][l];
                    stockLeft[q.node[n]][q.sku[l]] -= x[o][n][l];
                }
                if (units[o][n] > 0) {
                    openCount[o]++;
                    if (shipmentsLeft[q.node[n]] != Integer.MAX_VALUE) {
                        shipmentsLeft[q.node[n]]--;
                    }
                }
            }
            for (int l = 0; l < q.lineCount; l++) {
                bySku.get(q.sku[l]).add(new int[] {o, l});
            }
        }
    }

    int[][] plan(int o) {
        return x[o];
    }

    /** Improves until no move pays or {@code deadline} (WaveClock.now) passes; returns the saving. */
    double improve(long deadline) {
        double saved = 0;
        boolean improved = true;
        while (improved && WaveClock.now() < deadline) {
            improved = false;
            for (int o = 0; o < p.length && WaveClock.now() < deadline; o++) {
                if (p[o].shipComplete) {
                    continue;
                }
                for (int l = 0; l < p[o].lineCount; l++) {
                    double gain = bestMove(o, l);
                    if (gain < -EPS) {
                        saved -= gain;
                        improved = true;
                    }
                }
            }
        }
        return saved;
    }

    private double nodeCost(int o, int n, int u, long w) {
        return u == 0 ? 0 : p[o].shipmentCost(n, u, w);
    }

    /** The order's cost change of moving q units of line l from {@code from} to {@code to} (-1: backorder). */
    private double delta(int o, int l, int from, int to, int q) {
        OrderProblem op = p[o];
        long dw = q * op.weight[l];
        double d = 0;
        if (from < 0) {
            d -= op.backorderPenalty * q;
        } else {
            d += nodeCost(o, from, units[o][from] - q, weight[o][from] - dw) - nodeCost(o, from, units[o][from], weight[o][from]);
        }
        if (to < 0) {
            d += op.backorderPenalty * q;
        } else {
            d += nodeCost(o, to, units[o][to] + q, weight[o][to] + dw) - nodeCost(o, to, units[o][to], weight[o][to]);
        }
        return d;
    }

    private void move(int o, int l, int from, int to, int q) {
        OrderProblem op = p[o];
        long dw = q * op.weight[l];
        if (from < 0) {
            backordered[o][l] -= q;
        } else {
            x[o][from][l] -= q;
            units[o][from] -= q;
            weight[o][from] -= dw;
            stockLeft[op.node[from]][op.sku[l]] += q;
            if (units[o][from] == 0) {
                openCount[o]--;
                release(op.node[from], +1);
            }
        }
        if (to < 0) {
            backordered[o][l] += q;
        } else {
            if (units[o][to] == 0) {
                openCount[o]++;
                release(op.node[to], -1);
            }
            x[o][to][l] += q;
            units[o][to] += q;
            weight[o][to] += dw;
            stockLeft[op.node[to]][op.sku[l]] -= q;
        }
    }

    private void release(int node, int shipments) {
        if (shipmentsLeft[node] != Integer.MAX_VALUE) {
            shipmentsLeft[node] += shipments;
        }
    }

    /** Whether order o may start a shipment at its node n. */
    private boolean mayOpen(int o, int n) {
        return units[o][n] > 0 || openCount[o] < p[o].maxShipments && shipmentsLeft[p[o].node[n]] > 0;
    }

    /** Applies the best relocate or exchange of order o's line l if it pays; returns its cost change. */
    private double bestMove(int o, int l) {
        OrderProblem op = p[o];
        double best = -EPS;
        int[] move = null;
        for (int from = -1; from < op.nodeCount; from++) {
            int have = from < 0 ? backordered[o][l] : x[o][from][l];
            if (have == 0) {
                continue;
            }
            for (int to = -1; to < op.nodeCount; to++) {
                if (to == from || to >= 0 && (op.avail[to][l] - x[o][to][l] == 0 || !mayOpen(o, to))) {
                    continue;
                }
                int want = to < 0 ? have : Math.min(have, op.avail[to][l] - x[o][to][l]);
                int free = to < 0 ? want : Math.min(want, stockLeft[op.node[to]][op.sku[l]]);
                if (free > 0) {
                    double d = delta(o, l, from, to, free);
                    if (d < best) {
                        best = d;
                        move = new int[] {from, to, free, -1, -1, -1, -1};
                    }
                }
                if (to >= 0 && free < want) {
                    int[] exchange = new int[7];
                    double d = bestExchange(o, l, from, to, want, exchange);
                    if (d < best) {
                        best = d;
                        move = exchange;
                    }
                }
            }
        }
        if (move == null) {
            return 0;
        }
        if (move[3] >= 0) {
            // the other order first gives up the units, then this one takes them
            move(move[3], move[4], move[5], move[6], move[2] - Math.max(0, stockLeft[op.node[move[1]]][op.sku[l]]));
        }
        move(o, l, move[0], move[1], move[2]);
        return best;
    }

    /**
     * Order o takes {@code want} units of line l at node {@code to} (from {@code from}), the units
     * the stock lacks there given up by one other order, which moves them to its best other place.
     * Fills {from, to, want, other order, its line, its node at to, where they go}; returns the change.
     */
    private double bestExchange(int o, int l, int from, int to, int want, int[] out) {
        OrderProblem op = p[o];
        int node = op.node[to];
        int sku = op.sku[l];
        int lacking = want - Math.max(0, stockLeft[node][sku]);
        double mine = delta(o, l, from, to, want);
        if (mine >= -EPS) {
            return Double.POSITIVE_INFINITY; // even with the stock it would not pay
        }
        double best = Double.POSITIVE_INFINITY;
        int freedNode = from < 0 ? -1 : op.node[from];
        for (int[] holder : bySku.get(sku)) {
            int o2 = holder[0];
            int l2 = holder[1];
            int at = localOf[o2][node];
            if (o2 == o || p[o2].shipComplete || at < 0 || x[o2][at][l2] < lacking) {
                continue;
            }
            OrderProblem q = p[o2];
            for (int to2 = -1; to2 < q.nodeCount; to2++) {
                if (to2 == at || to2 >= 0 && (q.avail[to2][l2] - x[o2][to2][l2] < lacking || !mayOpen(o2, to2))) {
                    continue;
                }
                // stock at its new place: what is left there, plus what order o frees if it leaves that node
                int there = to2 < 0 ? lacking : stockLeft[q.node[to2]][sku] + (q.node[to2] == freedNode ? want : 0);
                if (there < lacking) {
                    continue;
                }
                double d = mine + delta(o2, l2, at, to2, lacking);
                if (d < best) {
                    best = d;
                    out[0] = from;
                    out[1] = to;
                    out[2] = want;
                    out[3] = o2;
                    out[4] = l2;
                    out[5] = at;
                    out[6] = to2;
                }
            }
        }
        return best;
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of a wave's local search ({@link WaveImprover}): every order's plan, units and weight
 * per node, backorders, the stock and shipments left; and its elementary moves, each priced
 * exactly per order (a shipment's cost depends only on its units and weight):
 * <ul>
 * <li>relocate: one order's units of a line from a node (or backorder) to another node (or
 * backorder), within the stock and shipments left;</li>
 * <li>exchange: the same, taking the units the target lacks from another order there, which
 * moves them to its own best other place (possibly the stock the first order frees).</li>
 * </ul>
 * Moves can be logged and taken back, so that a compound move is tried whole and kept only when
 * the whole pays; each move stamps its sku, so that a search can skip what nothing has touched.
 */
abstract class WaveMoves {
    static final double EPS = 1e-9;
    static final int ANY = Integer.MIN_VALUE;

    final OrderProblem[] p;
    final int[][][] x;
    final int[][] units;
    final long[][] weight;
    final int[][] backordered;
    final int[] openCount;
    final int[][] stockLeft;
    final int[] shipmentsLeft;
    /** Per scenario sku: the (order, line) pairs that order it. */
    final List<List<int[]>> bySku;
    /** Per order: scenario node -> its index in that order's problem (-1: not a candidate). */
    final int[][] localOf;
    /**
     * A count of moves, the count at each scenario sku's last move, and at each order's last
     * re-route: an order is routed again only when the stock of one of its skus has moved since.
     */
    long clock;
    final long[] skuMoved;
    boolean stamping = true;
    /** The moves of the compound move being tried, to take it back (null: none is). */
    List<int[]> undo;

    /** {@code problems} are the orders against the initial stock; {@code plans} their plans (indexes of those problems). */
    WaveMoves(Network net, OrderProblem[] problems, int[][][] plans) {
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
        skuMoved = new long[net.skuIds.length];
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

    double nodeCost(int o, int n, int u, long w) {
        return u == 0 ? 0 : p[o].shipmentCost(n, u, w);
    }

    /** The order's cost change of moving q units of line l from {@code from} to {@code to} (-1: backorder). */
    double delta(int o, int l, int from, int to, int q) {
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

    void move(int o, int l, int from, int to, int q) {
        OrderProblem op = p[o];
        if (stamping) {
            stamp(o, l);
        }
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

    void release(int node, int shipments) {
        if (shipmentsLeft[node] != Integer.MAX_VALUE) {
            shipmentsLeft[node] += shipments;
        }
    }

    /** Whether order o may start a shipment at its node n. */
    boolean mayOpen(int o, int n) {
        return units[o][n] > 0 || openCount[o] < p[o].maxShipments && shipmentsLeft[p[o].node[n]] > 0;
    }

    /**
     * The cheapest relocate or exchange of order o's line l (from node {@code onlyFrom} alone, or
     * from {@link #ANY} place) costing less than {@code below}; fills {@code out} as
     * {@link #bestExchange} does (a relocate with -1 for the other order) and returns its cost
     * change, or +infinity when none does.
     */
    double findMove(int o, int l, int onlyFrom, double below, int[] out) {
        OrderProblem op = p[o];
        double best = below;
        boolean found = false;
        int[] exchange = new int[7];
        for (int from = -1; from < op.nodeCount; from++) {
            int have = from < 0 ? backordered[o][l] : x[o][from][l];
            if (have == 0 || onlyFrom != ANY && from != onlyFrom) {
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
                        found = true;
                        out[0] = from;
                        out[1] = to;
                        out[2] = free;
                        out[3] = -1;
                    }
                }
                if (to >= 0 && free < want) {
                    double d = bestExchange(o, l, from, to, want, best, exchange);
                    if (d < best) {
                        best = d;
                        found = true;
                        System.arraycopy(exchange, 0, out, 0, 7);
                    }
                }
            }
        }
        return found ? best : Double.POSITIVE_INFINITY;
    }

    /** Applies a move found by {@link #findMove}, logging it when a compound move is being tried. */
    void apply(int o, int l, int[] move) {
        if (move[3] >= 0) {
            // the other order first gives up the units, then this one takes them
            int lacking = move[2] - Math.max(0, stockLeft[p[o].node[move[1]]][p[o].sku[l]]);
            logged(move[3], move[4], move[5], move[6], lacking);
        }
        logged(o, l, move[0], move[1], move[2]);
    }

    /** Takes back a compound move's moves, last first (the skus' stamps stay: nothing moved). */
    void takeBack(List<int[]> done) {
        stamping = false;
        for (int i = done.size() - 1; i >= 0; i--) {
            int[] m = done.get(i);
            move(m[0], m[1], m[3], m[2], m[4]);
        }
        stamping = true;
    }

    /**
     * A move; within a compound move being tried, logged and not stamped (a compound move taken
     * back moved nothing; one kept is stamped by {@link #keep}).
     */
    void logged(int o, int l, int from, int to, int q) {
        if (undo == null) {
            move(o, l, from, to, q);
            return;
        }
        stamping = false;
        move(o, l, from, to, q);
        stamping = true;
        undo.add(new int[] {o, l, from, to, q});
    }

    /** A compound move is kept: its skus are stamped as moved. */
    void keep(List<int[]> done) {
        for (int[] m : done) {
            stamp(m[0], m[1]);
        }
    }

    void stamp(int o, int l) {
        skuMoved[p[o].sku[l]] = ++clock;
    }

    boolean movedSince(int o, long at) {
        for (int l = 0; l < p[o].lineCount; l++) {
            if (skuMoved[p[o].sku[l]] > at) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cheapest move of {@code q} units of order o2's line l2 from its node {@code at} to a
     * place with that much free stock (or its backorder); fills {@code out} with {to} when given.
     */
    double cheapestRelocation(int o2, int l2, int at, int q, int[] out) {
        OrderProblem op = p[o2];
        double best = delta(o2, l2, at, -1, q);
        int bestTo = -1;
        for (int to = 0; to < op.nodeCount; to++) {
            if (to != at && op.avail[to][l2] - x[o2][to][l2] >= q && stockLeft[op.node[to]][op.sku[l2]] >= q && mayOpen(o2, to)) {
                double d = delta(o2, l2, at, to, q);
                if (d < best) {
                    best = d;
                    bestTo = to;
                }
            }
        }
        if (out != null) {
            out[0] = bestTo;
        }
        return best;
    }

    /**
     * Order o takes {@code want} units of line l at node {@code to} (from {@code from}), the units
     * the stock lacks there given up by one other order, which moves them to its best other place.
     * Fills {from, to, want, other order, its line, its node at to, where they go}; returns the change.
     */
    double bestExchange(int o, int l, int from, int to, int want, double below, int[] out) {
        OrderProblem op = p[o];
        int node = op.node[to];
        int sku = op.sku[l];
        int lacking = want - Math.max(0, stockLeft[node][sku]);
        double mine = delta(o, l, from, to, want);
        if (mine >= below) {
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

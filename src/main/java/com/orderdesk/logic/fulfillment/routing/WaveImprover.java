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
    private static final int ANY = Integer.MIN_VALUE;
    private static final boolean CLOSE = !Boolean.getBoolean("wave.noclose");
    private static final boolean CHAIN = !Boolean.getBoolean("wave.nochain");
    /** Ejection chains: tried towards this many of a line's best places, displacing each of this many holders. */
    private static final int CHAIN_TARGETS = Integer.getInteger("wave.chainTargets", 2);
    private static final int CHAIN_HOLDERS = Integer.getInteger("wave.chainHolders", 3);

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
    /** The moves of the compound move being tried, to take it back (null: none is). */
    private List<int[]> undo;

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
                    if (gain >= -EPS && CHAIN) {
                        gain = ejectionChain(o, l);
                    }
                    if (gain < -EPS) {
                        saved -= gain;
                        improved = true;
                    }
                }
                for (int n = 0; n < p[o].nodeCount && CLOSE; n++) {
                    if (units[o][n] > 0) {
                        double gain = closeShipment(o, n);
                        if (gain < -EPS) {
                            saved -= gain;
                            improved = true;
                        }
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
        int[] move = new int[7];
        double best = findMove(o, l, ANY, -EPS, move);
        if (best >= -EPS) {
            return 0;
        }
        apply(o, l, move);
        return best;
    }

    /**
     * The cheapest relocate or exchange of order o's line l (from node {@code onlyFrom} alone, or
     * from {@link #ANY} place) costing less than {@code below}; fills {@code out} as
     * {@link #bestExchange} does (a relocate with -1 for the other order) and returns its cost
     * change, or +infinity when none does.
     */
    private double findMove(int o, int l, int onlyFrom, double below, int[] out) {
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
    private void apply(int o, int l, int[] move) {
        if (move[3] >= 0) {
            // the other order first gives up the units, then this one takes them
            int lacking = move[2] - Math.max(0, stockLeft[p[o].node[move[1]]][p[o].sku[l]]);
            logged(move[3], move[4], move[5], move[6], lacking);
        }
        logged(o, l, move[0], move[1], move[2]);
    }

    private void logged(int o, int l, int from, int to, int q) {
        move(o, l, from, to, q);
        if (undo != null) {
            undo.add(new int[] {o, l, from, to, q});
        }
    }

    /**
     * An ejection chain of depth two: order o takes units of line l at a node where another
     * order B holds the last of them; B's units go to its backorder and from there to B's best
     * place, itself possibly taken from a third order (a relocate or an exchange). The exchange
     * of {@link #findMove} stops at B's best place with free stock; on scarce stock that place
     * is often held too. Tried towards o's best few places and their best few holders only.
     */
    private double ejectionChain(int o, int l) {
        OrderProblem op = p[o];
        List<double[]> targets = new ArrayList<>();
        for (int from = -1; from < op.nodeCount; from++) {
            int have = from < 0 ? backordered[o][l] : x[o][from][l];
            if (have == 0) {
                continue;
            }
            for (int to = 0; to < op.nodeCount; to++) {
                if (to == from || op.avail[to][l] - x[o][to][l] == 0 || !mayOpen(o, to)) {
                    continue;
                }
                int want = Math.min(have, op.avail[to][l] - x[o][to][l]);
                if (stockLeft[op.node[to]][op.sku[l]] >= want) {
                    continue;
                }
                double mine = delta(o, l, from, to, want);
                if (mine < -EPS) {
                    targets.add(new double[] {mine, from, to, want});
                }
            }
        }
        targets.sort((a, b) -> Double.compare(a[0], b[0]));
        int[] move = new int[7];
        for (int t = 0; t < Math.min(CHAIN_TARGETS, targets.size()); t++) {
            double mine = targets.get(t)[0];
            int from = (int) targets.get(t)[1];
            int to = (int) targets.get(t)[2];
            int want = (int) targets.get(t)[3];
            int node = op.node[to];
            int lacking = want - Math.max(0, stockLeft[node][op.sku[l]]);
            List<double[]> holders = new ArrayList<>();
            for (int[] holder : bySku.get(op.sku[l])) {
                int o2 = holder[0];
                int at = localOf[o2][node];
                if (o2 != o && !p[o2].shipComplete && at >= 0 && x[o2][at][holder[1]] >= lacking) {
                    holders.add(new double[] {mine + delta(o2, holder[1], at, -1, lacking), o2, holder[1], at});
                }
            }
            holders.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int h = 0; h < Math.min(CHAIN_HOLDERS, holders.size()); h++) {
                double partial = holders.get(h)[0];
                int o2 = (int) holders.get(h)[1];
                int l2 = (int) holders.get(h)[2];
                int at = (int) holders.get(h)[3];
                move(o2, l2, at, -1, lacking);
                move(o, l, from, to, want);
                double repair = findMove(o2, l2, -1, -partial - EPS, move);
                if (repair < -partial - EPS) {
                    apply(o2, l2, move);
                    return partial + repair;
                }
                move(o, l, to, from, want);
                move(o2, l2, -1, at, lacking);
            }
        }
        return 0;
    }

    /**
     * Closes order o's shipment from node n: each line there goes to its cheapest other place
     * (relocated, or exchanged with another order), even at a cost, and the whole is kept when
     * it pays. Single-line moves miss this: the shipment's handling and base rate are saved only
     * when its last line leaves, so each line's move alone may not pay.
     */
    private double closeShipment(int o, int n) {
        undo = new ArrayList<>();
        double total = 0;
        int[] move = new int[7];
        boolean closed = true;
        for (int l = 0; l < p[o].lineCount && closed; l++) {
            for (int tries = 0; x[o][n][l] > 0 && tries < 4; tries++) {
                double d = findMove(o, l, n, Double.POSITIVE_INFINITY, move);
                if (d == Double.POSITIVE_INFINITY) {
                    break;
                }
                apply(o, l, move);
                total += d;
            }
            closed = x[o][n][l] == 0;
        }
        List<int[]> done = undo;
        undo = null;
        if (closed && total < -EPS) {
            return total;
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            int[] m = done.get(i);
            move(m[0], m[1], m[3], m[2], m[4]);
        }
        return 0;
    }

    /**
     * Order o takes {@code want} units of line l at node {@code to} (from {@code from}), the units
     * the stock lacks there given up by one other order, which moves them to its best other place.
     * Fills {from, to, want, other order, its line, its node at to, where they go}; returns the change.
     */
    private double bestExchange(int o, int l, int from, int to, int want, double below, int[] out) {
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

package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Local search over a whole wave under shared stock and capacity, after {@link BatchOptimizer}'s
 * order-by-order passes. Those re-route whole orders one or two at a time; what they miss on
 * scarce stock is the exchange: order A would ship cheaper from the node whose last units order
 * B holds, and B has an almost as good place to go (measured: batch 0.98 % above the plan a MIP
 * solver found on a 300-order scarce wave). Moves ({@link WaveMoves}): relocates and exchanges of
 * one line's units; ejection chains of depth two; closing one order's shipment; and an order
 * routed again whole at the prices of displacing the holders of the stock it lacks (1,000-order
 * wave after the pairs: relocates and exchanges alone saved 2,290, with the three others 4,700).
 * Ship-complete orders keep their plans. Descent until no move pays or the time is up.
 */
final class WaveImprover extends WaveMoves {
    private static final boolean CLOSE = !Boolean.getBoolean("wave.noclose");
    /** Ejection chains: off unless -Dwave.chain=true (1,000-order wave: -35, within noise; 300-order wave: its path ends 10 dearer). */
    private static final boolean CHAIN = Boolean.getBoolean("wave.chain");
    private static final boolean REROUTE = !Boolean.getBoolean("wave.noreroute");
    /**
     * Search visits of an order's re-route at the displacement prices (its best plan found is tried);
     * -Dwave.rerouteVisits for measuring (1,000-order wave: 5,000 worse on seeds 7 and 8, 60,000 mixed).
     */
    private static final long REROUTE_VISITS = Long.getLong("wave.rerouteVisits", 20_000);
    private static final int MAX_REROUTE_MOVES = 200;
    /** Ejection chains: tried towards this many of a line's best places, displacing each of this many holders. */
    private static final int CHAIN_TARGETS = Integer.getInteger("wave.chainTargets", 2);
    private static final int CHAIN_HOLDERS = Integer.getInteger("wave.chainHolders", 3);
    /** Per order: the move count at its last re-route. */
    private final long[] reroutedAt;
    private final RerouteMemo memo;

    /** {@code problems} are the orders against the initial stock; {@code plans} their plans (indexes of those problems). */
    WaveImprover(Network net, OrderProblem[] problems, int[][][] plans) {
        this(net, problems, plans, new RerouteMemo(problems.length, null));
    }

    /** The same, with what earlier local searches of these orders learnt ({@code memo}, which this one adds to). */
    WaveImprover(Network net, OrderProblem[] problems, int[][][] plans, RerouteMemo memo) {
        super(net, problems, plans);
        reroutedAt = new long[problems.length];
        this.memo = memo;
        java.util.Arrays.fill(reroutedAt, -1);
    }

    /** Improves until no move pays or {@code deadline} (WaveClock.now) passes; returns the saving. */
    double improve(long deadline) {
        double saved = 0;
        boolean improved = true;
        while (improved && WaveClock.now() < deadline) {
            improved = false;
            long t0 = WaveClock.now();
            double s0 = saved;
            long reused = memo.reused;
            long searched = memo.searched;
            tMove = tReroute = tClose = 0;
            gReroute = gClose = 0;
            for (int o = 0; o < p.length && WaveClock.now() < deadline; o++) {
                if (p[o].shipComplete) {
                    continue;
                }
                tLast = TRACE ? WaveClock.now() : 0;
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
                long ta = TRACE ? WaveClock.now() : 0;
                tMove += ta - tLast;
                if (REROUTE) {
                    double gain = reroute(o);
                    gReroute -= Math.min(0, gain);
                    if (gain < -EPS) {
                        saved -= gain;
                        improved = true;
                    }
                }
                long tb = TRACE ? WaveClock.now() : 0;
                tReroute += tb - ta;
                for (int n = 0; n < p[o].nodeCount && CLOSE; n++) {
                    if (units[o][n] > 0) {
                        double gain = closeShipment(o, n);
                        gClose -= Math.min(0, gain);
                        if (gain < -EPS) {
                            saved -= gain;
                            improved = true;
                        }
                    }
                }
                tClose += TRACE ? WaveClock.now() - tb : 0;
            }
            if (TRACE) {
                System.err.printf("  pass: saved %.2f in %.2f s (moves %.2f s; re-routes %.2f s, %.2f, %d searched, %d reused;"
                        + " closing %.2f s, %.2f)%n", saved - s0, (WaveClock.now() - t0) / 1e9, tMove / 1e9, tReroute / 1e9,
                        gReroute, memo.searched - searched, memo.reused - reused, tClose / 1e9, gClose);
            }
        }
        return saved;
    }

    /** With -Dwave.trace=true: each pass's saving, and the CPU and saving of each kind of move (for measuring). */
    private static final boolean TRACE = Boolean.getBoolean("wave.trace");
    private long tLast, tMove, tReroute, tClose;
    private double gReroute, gClose;

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
     * Order o routed again as a whole, exactly, where each unit the stock left lacks costs what
     * displacing a holder of it costs (its cheapest relocation to free stock or its backorder, per
     * unit); the plan found is then applied, each holder giving up what o takes, and kept when the
     * wave's cost falls. It moves several lines at once and opens nodes, which single moves and
     * closing a shipment do not.
     */
    private double reroute(int o) {
        OrderProblem op = p[o];
        if (op.shipComplete || !movedSince(o, reroutedAt[o]) || memo.atFloor(o, op.cost(x[o]))) {
            return 0;
        }
        reroutedAt[o] = clock;
        double[][] extra = new double[op.nodeCount][op.lineCount];
        double[] handling = new double[op.nodeCount];
        for (int n = 0; n < op.nodeCount; n++) {
            int node = op.node[n];
            if (units[o][n] == 0 && shipmentsLeft[node] <= 0) {
                handling[n] = 1e9; // no shipment left there for o
            }
            for (int l = 0; l < op.lineCount; l++) {
                if (stockLeft[node][op.sku[l]] + x[o][n][l] < op.avail[n][l]) {
                    extra[n][l] = displacementPrice(o, node, op.sku[l]);
                }
            }
        }
        int[][] y = memo.route(o, op, extra, handling, REROUTE_VISITS);
        if (java.util.Arrays.deepEquals(y, x[o])) {
            return 0;
        }
        undo = new ArrayList<>();
        double total = 0;
        for (int n = 0; n < op.nodeCount; n++) {
            for (int l = 0; l < op.lineCount; l++) {
                if (x[o][n][l] > 0) {
                    int q = x[o][n][l];
                    total += delta(o, l, n, -1, q);
                    logged(o, l, n, -1, q);
                }
            }
        }
        boolean ok = true;
        for (int n = 0; n < op.nodeCount && ok; n++) {
            for (int l = 0; l < op.lineCount && ok; l++) {
                if (y[n][l] == 0) {
                    continue;
                }
                int node = op.node[n];
                int sku = op.sku[l];
                while (ok && stockLeft[node][sku] < y[n][l]) {
                    double d = displace(o, node, sku, y[n][l] - Math.max(0, stockLeft[node][sku]));
                    // a holder displaced may land where o needs stock next: the log's length bounds the chase
                    ok = d < Double.POSITIVE_INFINITY && undo.size() < MAX_REROUTE_MOVES;
                    total += ok ? d : 0;
                }
                if (ok && (units[o][n] > 0 || mayOpen(o, n))) {
                    total += delta(o, l, -1, n, y[n][l]);
                    logged(o, l, -1, n, y[n][l]);
                } else {
                    ok = false;
                }
            }
        }
        return settle(ok, total);
    }

    /** The cheapest cost per unit of moving one unit of sku at node away from an order other than o. */
    private double displacementPrice(int o, int node, int sku) {
        double best = Double.POSITIVE_INFINITY;
        for (int[] holder : bySku.get(sku)) {
            int o2 = holder[0];
            int at = localOf[o2][node];
            if (o2 != o && !p[o2].shipComplete && at >= 0 && x[o2][at][holder[1]] > 0) {
                best = Math.min(best, cheapestRelocation(o2, holder[1], at, 1, null));
            }
        }
        return best == Double.POSITIVE_INFINITY ? 1e9 : Math.max(0, best);
    }

    /** Frees up to {@code need} units of sku at node from the order (not o) that gives them up cheapest; returns the cost. */
    private double displace(int o, int node, int sku, int need) {
        double best = Double.POSITIVE_INFINITY;
        int[] bestMove = null;
        int[] to = new int[1];
        for (int[] holder : bySku.get(sku)) {
            int o2 = holder[0];
            int at = localOf[o2][node];
            if (o2 == o || p[o2].shipComplete || at < 0 || x[o2][at][holder[1]] == 0) {
                continue;
            }
            int q = Math.min(need, x[o2][at][holder[1]]);
            double d = cheapestRelocation(o2, holder[1], at, q, to) / q;
            if (d < best) {
                best = d;
                bestMove = new int[] {o2, holder[1], at, to[0], q};
            }
        }
        if (bestMove == null) {
            return Double.POSITIVE_INFINITY;
        }
        double d = delta(bestMove[0], bestMove[1], bestMove[2], bestMove[3], bestMove[4]);
        logged(bestMove[0], bestMove[1], bestMove[2], bestMove[3], bestMove[4]);
        return d;
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
                stamping = false;
                move(o2, l2, at, -1, lacking);
                move(o, l, from, to, want);
                stamping = true;
                double repair = findMove(o2, l2, -1, -partial - EPS, move);
                if (repair < -partial - EPS) {
                    apply(o2, l2, move);
                    stamp(o2, l2);
                    stamp(o, l);
                    return partial + repair;
                }
                stamping = false;
                move(o, l, to, from, want);
                move(o2, l2, -1, at, lacking);
                stamping = true;
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
        return settle(closed, total);
    }

    /**
     * Ends a compound move: its steps are kept when the whole is feasible and saves, else taken
     * back in reverse; returns what it saved (0 when taken back).
     */
    private double settle(boolean feasible, double total) {
        List<int[]> done = undo;
        undo = null;
        if (feasible && total < -EPS) {
            keep(done);
            return total;
        }
        takeBack(done);
        return 0;
    }
}

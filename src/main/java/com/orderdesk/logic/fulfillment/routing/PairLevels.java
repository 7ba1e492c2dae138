package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The bound of one class of {@link PairSearch} (plans shipping from exactly {a} or {a, b}) with
 * each of its nodes held to one level: a weight break j (weight at most break j, price j) or the
 * tail (above the last break, its price plus perKg per kg over it). At a break a unit costs its
 * pick and the node's weight is capped; in the tail it costs pick plus perKg x weight, uncapped.
 * With no capped node the least cost is line by line (each unit at the cheaper node while its
 * stock lasts, else backordered); with one, a fractional knapsack of the units moved to the
 * capped node (by what each saves per kg); with two, both capped nodes merged into one of their
 * joint capacity at the cheaper pick. Each drops constraints only (a level's weight floor, the
 * split between two capped nodes), so it bounds every plan of the class at those levels; and
 * the whole units of the first two cases form a real plan, which settles the levels when it
 * costs what the bound says. Why: the class bound ({@link PairBound}) draws one line under all
 * of a node's steps, 3-5 under the tail's own line on far zones, and that alone left the
 * incumbent's own pair open on 80-line orders whose two shipments both weigh over 30 kg.
 */
final class PairLevels {
    private final OrderProblem p;
    private final RateTable t;
    private final int breaks;
    private final long[] stockWeight;
    private final double[] kg;
    /** Fractional knapsack items: line, units, saving per unit, saving per kg; and their order. */
    private final int[] itemLine;
    private final int[] itemUnits;
    private final boolean[] itemFromOther;
    private final double[] itemSave;
    private final double[] itemRatio;
    private final int[] itemOrder;
    private final int[] toOther;
    /** Whether the last {@link #bound} wrote a real plan into its x. */
    boolean planned;

    PairLevels(OrderProblem p) {
        this.p = p;
        this.t = p.rates;
        this.breaks = t.breakCount();
        stockWeight = new long[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                stockWeight[n] += (long) p.avail[n][l] * p.weight[l];
            }
        }
        kg = new double[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            kg[l] = RateTable.toKg(p.weight[l]);
        }
        int items = 2 * p.lineCount;
        itemLine = new int[items];
        itemUnits = new int[items];
        itemFromOther = new boolean[items];
        itemSave = new double[items];
        itemRatio = new double[items];
        itemOrder = new int[items];
        toOther = new int[p.lineCount];
    }

    /**
     * The levels node n may ship at, as {@link NodeSetSolver} numbers them: the breaks up to the
     * first its whole stock fits under, then the tail ({@code breakCount()}) if the stock weighs more
     * than the last break.
     */
    int[] levels(int n) {
        int count = 0;
        while (count < breaks && (count == 0 || t.breakAt(count - 1) < stockWeight[n])) {
            count++;
        }
        boolean tail = stockWeight[n] > t.breakAt(breaks - 1);
        int[] out = new int[count + (tail ? 1 : 0)];
        for (int j = 0; j < count; j++) {
            out[j] = j;
        }
        if (tail) {
            out[count] = breaks;
        }
        return out;
    }

    private double fixed(int n, int level) {
        if (level < breaks) {
            return p.handling[n] + t.priceAt(p.zone[n], level);
        }
        return p.handling[n] + t.priceAt(p.zone[n], breaks - 1) - t.perKgAboveMax(p.zone[n]) * kg(t.breakAt(breaks - 1));
    }

    private double unit(int n, int level, int l) {
        return p.pick[n] + (level < breaks ? 0 : t.perKgAboveMax(p.zone[n]) * kg[l]);
    }

    private static double kg(long micro) {
        return RateTable.toKg(micro);
    }

    /**
     * The bound of the plans shipping from exactly {a} (a == b) or {a, b}, a at level la and b at
     * lb; when {@link #planned}, x (an assignment of p, written only in rows a and b, which it
     * clears first) holds a real plan whose cost, if equal to the bound, settles these levels.
     */
    double bound(int a, int la, int b, int lb, int[][] x) {
        Arrays.fill(x[a], 0);
        Arrays.fill(x[b], 0);
        boolean pair = a != b;
        double pen = p.backorderPenalty;
        double total = fixed(a, la) + (pair ? fixed(b, lb) : 0);
        boolean capA = la < breaks;
        boolean capB = pair && lb < breaks;
        if (capA && capB) {
            planned = false;
            return total + merged(a, b, kg(t.breakAt(la)) + kg(t.breakAt(lb)));
        }
        planned = true;
        // the capped node (if any) is c, the other u (none for a single node)
        int c = capB ? b : a;
        int lc = capB ? lb : la;
        int u = capB ? a : b;
        int lu = capB ? la : lb;
        boolean hasU = pair;
        boolean capped = capA || capB;
        int items = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int q = p.qty[l];
            double cu = hasU ? unit(u, lu, l) : pen;
            double cc = unit(c, lc, l);
            if (!capped) {
                // both in the tail (or a single node in it): cheaper node first while its stock lasts
                int first = c;
                int second = u;
                double c1 = cc;
                double c2 = cu;
                if (hasU && cu < cc) {
                    first = u;
                    second = c;
                    c1 = cu;
                    c2 = cc;
                }
                int t1 = c1 < pen ? Math.min(q, p.avail[first][l]) : 0;
                int t2 = hasU && c2 < pen ? Math.min(q - t1, p.avail[second][l]) : 0;
                x[first][l] = t1;
                if (hasU) {
                    x[second][l] = t2;
                }
                total += t1 * c1 + t2 * c2 + (q - t1 - t2) * pen;
                continue;
            }
            // without c: u while its stock lasts, else backordered; then units moved to c as items
            int tu = hasU && cu < pen ? Math.min(q, p.avail[u][l]) : 0;
            toOther[l] = tu;
            total += tu * cu + (q - tu) * pen;
            int room = p.avail[c][l];
            int fromBack = Math.min(room, q - tu);
            if (fromBack > 0 && pen > cc) {
                items = item(items, l, fromBack, pen - cc, false);
                room -= fromBack;
            }
            int fromU = Math.min(room, tu);
            if (fromU > 0 && cu > cc) {
                items = item(items, l, fromU, cu - cc, true);
            }
        }
        if (!capped) {
            // in the tail each node must weigh more than the last break: the cheapest cover of a
            // light node's shortfall (units moved to it from the other node or from backorder)
            double more = cover(c, u, hasU, x, false);
            if (hasU) {
                more = Math.max(more, cover(u, c, true, x, false));
            }
            if (more > 0 && more < Double.POSITIVE_INFINITY) {
                int target = cover(c, u, hasU, x, false) >= more ? c : u;
                cover(target, target == c ? u : c, hasU, x, true);
            }
            return total + more;
        }
        for (int l = 0; l < p.lineCount; l++) {
            if (hasU) {
                x[u][l] = toOther[l];
            }
        }
        IndexSort.byKey(itemOrder, itemRatio, items); // lowest first: the ratios are negated
        double capacity = kg(t.breakAt(lc));
        double left = capacity;
        double saved = 0;
        boolean fractionTaken = false;
        long capMicro = t.breakAt(lc);
        long load = 0;
        for (int k = 0; k < items; k++) {
            int i = itemOrder[k];
            int l = itemLine[i];
            double w = kg[l];
            // the bound: fractional, in this order until the capacity is used
            if (!fractionTaken) {
                double take = Math.min(itemUnits[i], left / w);
                saved += take * itemSave[i];
                left -= take * w;
                if (take < itemUnits[i]) {
                    fractionTaken = true;
                }
            }
            // the plan: whole units, every item that still fits
            int whole = (int) Math.min(itemUnits[i], (capMicro - load) / p.weight[l]);
            if (whole > 0) {
                load += whole * p.weight[l];
                x[c][l] += whole;
                if (itemFromOther[i]) {
                    x[u][l] -= whole;
                }
            }
        }
        return total - saved;
    }

    /**
     * What node n (in the tail) needs at least to weigh the last break, given the line plan in x:
     * a fractional cover of its shortfall, cheapest extra cost per kg first, by units moved to it
     * from node o ({@code hasO}) or from backorder (0 when n weighs enough; infinite when it
     * cannot). With {@code apply}, x gets whole units in that order until n weighs more than the break.
     */
    private double cover(int n, int o, boolean hasO, int[][] x, boolean apply) {
        long last = t.breakAt(breaks - 1);
        long w = 0;
        for (int l = 0; l < p.lineCount; l++) {
            w += (long) x[n][l] * p.weight[l];
        }
        if (w > last) {
            return 0;
        }
        int lt = breaks;
        double pen = p.backorderPenalty;
        int items = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int room = p.avail[n][l] - x[n][l];
            int atO = hasO ? x[o][l] : 0;
            int back = p.qty[l] - x[n][l] - atO;
            double cn = unit(n, lt, l);
            double fromO = hasO ? cn - unit(o, lt, l) : Double.POSITIVE_INFINITY;
            double fromBack = cn - pen;
            boolean oFirst = fromO <= fromBack;
            for (int pass = 0; pass < 2 && room > 0; pass++) {
                boolean takeO = (pass == 0) == oFirst;
                int units = Math.min(room, takeO ? atO : back);
                if (units > 0) {
                    double extra = Math.max(0, takeO ? fromO : fromBack);
                    items = item(items, l, units, extra, takeO);
                    itemRatio[items - 1] = extra / kg[l];
                    room -= units;
                }
            }
        }
        IndexSort.byKey(itemOrder, itemRatio, items); // cheapest per kg first
        double need = kg(last - w);
        double cost = 0;
        long load = w;
        for (int k = 0; k < items && (need > 0 || apply && load <= last); k++) {
            int i = itemOrder[k];
            int l = itemLine[i];
            if (need > 0) {
                double take = Math.min(itemUnits[i], need / kg[l]);
                cost += take * itemSave[i];
                need -= take * kg[l];
            }
            if (apply && load <= last) {
                int whole = (int) Math.min(itemUnits[i], (last - load) / p.weight[l] + 1);
                load += whole * p.weight[l];
                x[n][l] += whole;
                if (itemFromOther[i]) {
                    x[o][l] -= whole;
                }
            }
        }
        return need > 1e-9 ? Double.POSITIVE_INFINITY : cost;
    }

    private int item(int items, int l, int units, double save, boolean fromOther) {
        itemLine[items] = l;
        itemUnits[items] = units;
        itemSave[items] = save;
        itemRatio[items] = -save / kg[l];
        itemFromOther[items] = fromOther;
        itemOrder[items] = items;
        return items + 1;
    }

    /** Two capped nodes as one of their joint capacity, every unit at the cheaper pick (pick only at a break). */
    private double merged(int a, int b, double capacity) {
        double pen = p.backorderPenalty;
        double total = 0;
        int items = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int q = p.qty[l];
            int have = Math.min(q, p.avail[a][l] + p.avail[b][l]);
            double pick = Math.min(p.avail[a][l] > 0 ? p.pick[a] : pen, p.avail[b][l] > 0 ? p.pick[b] : pen);
            total += q * pen;
            if (have > 0 && pick < pen) {
                items = item(items, l, have, pen - pick, false);
            }
        }
        IndexSort.byKey(itemOrder, itemRatio, items);
        double left = capacity;
        for (int k = 0; k < items && left > 0; k++) {
            int i = itemOrder[k];
            double take = Math.min(itemUnits[i], left / kg[itemLine[i]]);
            total -= take * itemSave[i];
            left -= take * kg[itemLine[i]];
        }
        return total;
    }
}

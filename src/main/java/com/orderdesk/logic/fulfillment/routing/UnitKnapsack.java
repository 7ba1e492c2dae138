package com.orderdesk.logic.fulfillment.routing;

/**
 * The whole-unit knapsack of one node's shipment under a weight cap: the least "sum c_l x_l" over
 * whole units x_l in 0..avail_l whose weight is at most the cap, for units of negative value c_l
 * given best value per kg first. The Lagrangian bounds value a node's load at a weight break by the
 * fractional knapsack (its Dantzig bound), which may ship part of a unit; a real shipment ships
 * whole units, so this least value is a tighter lower bound of the same term. Depth-first with the
 * Dantzig bound (Horowitz-Sahni); past {@code maxVisits} it gives up and the caller keeps the
 * fractional value (still a valid bound).
 */
final class UnitKnapsack {
    private final long[] w;
    private final double[] c;
    private final int[] a;
    private final int[] take;
    private final int[] bestTake;
    private int count;
    private long visits;
    private long maxVisits;
    private double best;

    UnitKnapsack(int capacity) {
        w = new long[capacity];
        c = new double[capacity];
        a = new int[capacity];
        take = new int[capacity];
        bestTake = new int[capacity];
    }

    /**
     * The least value, or NaN when the search gave up. Items 0..count-1: weight (micro-kg, > 0),
     * value per unit (< 0), units available, best value per kg first. {@link #taken(int)} then gives
     * the units of item i in the least load.
     */
    double solve(long[] weight, double[] value, int[] avail, int count, long cap, long maxVisits) {
        if (weight != w) {
            System.arraycopy(weight, 0, w, 0, count);
            System.arraycopy(value, 0, c, 0, count);
            System.arraycopy(avail, 0, a, 0, count);
        }
        this.count = count;
        this.maxVisits = maxVisits;
        visits = 0;
        // greedy whole units first: a good incumbent prunes most of the tree
        best = 0;
        long left = cap;
        for (int i = 0; i < count; i++) {
            int m = (int) Math.min(a[i], left / w[i]);
            bestTake[i] = m;
            best += m * c[i];
            left -= m * w[i];
        }
        search(0, cap, 0);
        return visits > maxVisits ? Double.NaN : best;
    }

    int taken(int i) {
        return bestTake[i];
    }

    private int[] lineOf;
    private double weightless;

    /**
     * Node n's least "sum value[l] x_l" over whole units within {@code cap} (micro-kg), of the
     * lines {@code neg[0..negCount-1]} (value < 0, best value per kg first); NaN when the search
     * gave up. {@link #loadInto} then writes that load.
     */
    double atBreak(OrderProblem p, int n, int[] neg, int negCount, double[] value, long cap, long maxVisits) {
        if (lineOf == null) {
            lineOf = new int[w.length];
        }
        int count = 0;
        weightless = 0;
        for (int i = 0; i < negCount; i++) {
            int l = neg[i];
            if (p.weight[l] == 0) {
                weightless += value[l] * p.avail[n][l];
                continue;
            }
            w[count] = p.weight[l];
            c[count] = value[l];
            a[count] = p.avail[n][l];
            lineOf[count++] = l;
        }
        double k = solve(w, c, a, count, cap, maxVisits);
        return weightless + k;
    }

    /** The load of the last {@link #atBreak}, by line, for node n (lines of no weight ship whole). */
    void loadInto(OrderProblem p, int n, int[] neg, int negCount, double[] x) {
        java.util.Arrays.fill(x, 0);
        for (int i = 0; i < negCount; i++) {
            if (p.weight[neg[i]] == 0) {
                x[neg[i]] = p.avail[n][neg[i]];
            }
        }
        for (int i = 0; i < count; i++) {
            x[lineOf[i]] = bestTake[i];
        }
    }

    private void search(int k, long left, double value) {
        if (++visits > maxVisits) {
            return;
        }
        if (k == count) {
            if (value < best - 1e-12) {
                best = value;
                System.arraycopy(take, 0, bestTake, 0, count);
            }
            return;
        }
        if (value + dantzig(k, left) >= best - 1e-9) {
            return;
        }
        for (int m = (int) Math.min(a[k], left / w[k]); m >= 0 && visits <= maxVisits; m--) {
            take[k] = m;
            search(k + 1, left - m * w[k], value + m * c[k]);
        }
        take[k] = 0;
    }

    /** The fractional knapsack's value of items k.. within {@code left}: a lower bound of any whole-unit completion. */
    private double dantzig(int k, long left) {
        double v = 0;
        for (int i = k; i < count; i++) {
            long all = w[i] * a[i];
            if (all <= left) {
                v += c[i] * a[i];
                left -= all;
            } else {
                return v + c[i] * ((double) left / w[i]);
            }
        }
        return v;
    }

    /**
     * Raises a node's break values to whole units, least first, until the least level is the tail,
     * a break whose fractional knapsack ships whole units, a whole-valued break, or worth at least
     * {@code stop}. values[j + offset] is level j's value (breaks 0..tail-1, the tail at
     * {@code tail}; +infinity where not allowed), {@code base} + price_j + the knapsack at break j
     * once raised; split[j] whether break j's fractional knapsack splits a unit; raised levels
     * get whole[j] and their load in wholeLoad[j]. The larger of the fractional and whole-unit
     * values is kept: both are lower bounds of the level's real loads. Returns the least level
     * (-1 when none is allowed).
     */
    int raiseLeast(OrderProblem p, int n, int[] neg, int negCount, double[] unitValue, double base, double[] values,
                   int offset, int from, int tail, double stop, boolean[] split, boolean[] whole, double[][] wholeLoad) {
        while (true) {
            int least = -1;
            double leastValue = Double.POSITIVE_INFINITY;
            for (int j = from; j <= tail; j++) {
                if (values[j + offset] < leastValue) {
                    leastValue = values[j + offset];
                    least = j;
                }
            }
            if (least < 0 || least >= tail || !split[least] || whole[least] || leastValue >= stop) {
                return least;
            }
            split[least] = false;
            double v = base + p.rates.priceAt(p.zone[n], least)
                    + atBreak(p, n, neg, negCount, unitValue, p.rates.breakAt(least), MAX_VISITS);
            if (v > values[least + offset]) { // false when NaN (the search gave up)
                values[least + offset] = v;
                whole[least] = true;
                loadInto(p, n, neg, negCount, wholeLoad[least]);
            }
        }
    }

    /** Visits of one whole-unit knapsack; past them the fractional value stays (a valid bound). */
    private static final long MAX_VISITS = 2_000;
}

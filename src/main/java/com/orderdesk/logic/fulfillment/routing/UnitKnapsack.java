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
    /** Per item: the weight of all its units; per depth of the search: the weight left and the value at that node. */
    private final long[] all;
    private final long[] lefts;
    private final double[] values;
    private final int[] runs;
    private final long[] key;
    private final int[] next;
    private final double[] prefixMax;
    private final int[] stack;
    private int count;
    private long maxVisits;
    private double best;

    UnitKnapsack(int capacity) {
        w = new long[capacity];
        c = new double[capacity];
        a = new int[capacity];
        take = new int[capacity];
        bestTake = new int[capacity];
        all = new long[capacity];
        lefts = new long[capacity];
        values = new double[capacity];
        runs = new int[capacity];
        key = new long[capacity];
        next = new int[capacity];
        prefixMax = new double[capacity];
        stack = new int[capacity];
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
        // greedy whole units first: a good incumbent prunes most of the tree
        best = 0;
        long left = cap;
        for (int i = 0; i < count; i++) {
            int m = (int) Math.min(a[i], left / w[i]);
            bestTake[i] = m;
            best += m * c[i];
            left -= m * w[i];
        }
        for (int i = 0; i < count; i++) {
            all[i] = w[i] * a[i];
        }
        prepareRuns();
        return search(cap) ? best : Double.NaN;
    }

    int taken(int i) {
        return bestTake[i];
    }

    /** The visits of each knapsack of {@link #raiseLeast}: {@link #BY_NODES} ({@link #visitsFor}), fixed only in tests. */
    long raiseVisits = BY_NODES;
    private int[] lineOf;
    private double weightless;

    /**
     * Node n's least "sum value[l] x_l" over whole units within {@code cap} (micro-kg), of the
     * lines {@code neg[0..negCount-1]} (value < 0, best value per kg first); NaN when the search
     * gave up. {@link #loadInto} then writes that load. {@code maxVisits} {@link #BY_NODES}: by {@link #visitsFor}.
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
        double k = solve(w, c, a, count, cap, maxVisits == BY_NODES ? visitsFor(p.orderNodes, p.lineCount) : maxVisits);
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

    /**
     * Horowitz-Sahni's depth-first search without recursion: the same tree, visits and sums as the
     * recursive form (a node at depth k takes m units of item k, most first, its child's value
     * "value + m c_k" from its own), so the value, the load and when it gives up are that form's.
     * Most of its visits (7 in 8 on 80-line orders) are runs of items that do not fit what is left:
     * each such node has one child (it takes none) and is pruned only when "value + c_j left / w_j"
     * reaches the incumbent. A run is crossed in a few jumps (the next item of a smaller weight) and
     * counted at once when the largest value per kg in it stays clear of the incumbent by far more
     * than rounding; otherwise node by node as before. Returns false when it gave up.
     */
    private boolean search(long cap) {
        java.util.Arrays.fill(take, 0, count, 0); // a node that takes none writes nothing
        int k = 0;
        int run = 0;
        long left = cap;
        double value = 0;
        long visits = 0;
        while (true) {
            // the node at depth k; its parent that chose is at depth run - 1
            boolean pruned = false;
            if (k < count && key[k] > left) {
                int stop = next[k];
                while (stop < count && key[stop] > left) {
                    stop = next[stop];
                }
                // items k..stop-1 do not fit; those up to the last whose prefix's largest value per kg
                // keeps clear of the incumbent are counted at once, then node by node
                double limit = best - 1e-9;
                double clear = limit - 1e-12 * (Math.abs(value) + Math.abs(limit)
                        + Math.abs(prefixMax[k] * left) + Math.abs(prefixMax[stop - 1] * left));
                int lo = stop;
                if (!(value + prefixMax[stop - 1] * left < clear)) {
                    lo = k;
                    int hi = stop - 1;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (value + prefixMax[mid] * left < clear) {
                            lo = mid + 1;
                        } else {
                            hi = mid;
                        }
                    }
                }
                visits += lo - k;
                if (visits > maxVisits) {
                    return false;
                }
                for (k = lo; k < stop; k++) {
                    if (++visits > maxVisits) {
                        return false;
                    }
                    if (value + c[k] * ((double) left / w[k]) >= limit) {
                        pruned = true;
                        break;
                    }
                }
            }
            if (!pruned) {
                if (++visits > maxVisits) {
                    return false;
                }
                if (k == count) {
                    if (value < best - 1e-12) {
                        best = value;
                        System.arraycopy(take, 0, bestTake, 0, count);
                    }
                } else if (!(value + dantzig(k, left) >= best - 1e-9)) {
                    int m = left >= all[k] ? a[k] : (int) (left / w[k]);
                    take[k] = m;
                    lefts[k] = left;
                    values[k] = value;
                    runs[k] = run;
                    left -= m * w[k];
                    value += m * c[k];
                    run = ++k;
                    continue;
                }
            }
            // back up to the deepest node that chose and has fewer units left to try
            while (true) {
                k = run - 1;
                if (k < 0) {
                    return true;
                }
                int m = take[k] - 1;
                if (m >= 0) {
                    take[k] = m;
                    left = lefts[k] - m * w[k];
                    value = values[k] + m * c[k];
                    run = ++k;
                    break;
                }
                take[k] = 0;
                run = runs[k];
            }
        }
    }

    /**
     * For the runs: key[i] the weight of item i (0 when it has no units: it never starts a run),
     * next[i] the first item after i of a smaller key (all between weigh at least as much, so do
     * not fit where i does not), prefixMax[i] the largest value per kg of items 0..i.
     */
    private void prepareRuns() {
        int top = 0;
        for (int i = count - 1; i >= 0; i--) {
            key[i] = a[i] > 0 ? w[i] : 0;
            while (top > 0 && key[stack[top - 1]] >= key[i]) {
                top--;
            }
            next[i] = top == 0 ? count : stack[top - 1];
            stack[top++] = i;
        }
        double q = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            q = Math.max(q, c[i] / (double) w[i]);
            prefixMax[i] = q;
        }
    }

    /** The fractional knapsack's value of items k.. within {@code left}: a lower bound of any whole-unit completion. */
    private double dantzig(int k, long left) {
        double v = 0;
        for (int i = k; i < count; i++) {
            if (all[i] <= left) {
                v += c[i] * a[i];
                left -= all[i];
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
                    + atBreak(p, n, neg, negCount, unitValue, p.rates.breakAt(least), raiseVisits);
            if (v > values[least + offset]) { // false when NaN (the search gave up)
                values[least + offset] = v;
                whole[least] = true;
                loadInto(p, n, neg, negCount, wholeLoad[least]);
            }
        }
    }

    /**
     * Visits of one whole-unit knapsack; past them the fractional value stays (a valid bound, only
     * weaker: the level is not raised). 2,000 kept (nineteenth pass, branch knapknob, size bench
     * alternated with main, load 4-25): 500 proves more 40 x 200 orders within 50 ms (76.2 -> 79.6 %,
     * four runs each) but fewer 80 x 50 orders at all (72 -> 65 %), 250 likewise (71 -> 62 %): the
     * larger orders' knapsacks need the longer searches.
     */
    static final long MAX_VISITS = 2_000;
    /** The shorter limit, for orders of at most {@link #FEW_LINES} lines over at least {@link #MANY_NODES} candidate nodes. */
    static final long FEW_VISITS = 500;
    static final int FEW_LINES = 40;
    static final int MANY_NODES = 64;
    /** {@link #raiseVisits}: each knapsack's limit by {@link #visitsFor}. */
    static final long BY_NODES = -1;

    /**
     * The visits of each knapsack of an order of {@code lines} lines over {@code nodes} candidate nodes
     * (both the whole order's, not the restriction's a bound runs on: a third of 40 x 200's knapsacks
     * are in bounds of under 64 nodes). Where nodes are many, a level raised by a long search moves the
     * bound less than the search costs: 500 for all gained 40 x 200 (twentieth pass, sizelimit) but lost
     * 40 x 50. Orders of more than 40 lines keep 2,000 in every knapsack: 500 lost 80 x 50 (72 -> 65 %
     * proven), and 500 for their knapsacks of at most 40 items widened 80 x 200's worst certified gap
     * (twenty-first pass, nodelimit, for the figures and why 64; twenty-second, nodelimit2, for the lines).
     */
    static long visitsFor(int nodes, int lines) {
        return nodes >= MANY_NODES && lines <= FEW_LINES ? FEW_VISITS : MAX_VISITS;
    }
}

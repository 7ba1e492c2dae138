package com.orderdesk.logic.fulfillment.routing;

/**
 * The least "sum c_i x_i" over whole units x_i in 0..a_i whose weight lies in a window [floor, cap]:
 * one node's load at a fixed level priced at a leaf's line duals ({@link LeafColumns}). Values of
 * either sign (below a floor, units that cost something may be needed to reach it). Depth first over
 * the items in order of value per kg, pruned by the window's LP (the items filled in that order up to
 * the floor, and on to the cap while they pay): the LP of one row over a box is that greedy prefix.
 * Past {@code maxVisits} it gives up; the least LP of the subtrees it left, or the best load, is then a lower bound.
 */
final class WindowKnapsack {
    private long[] w;
    private double[] c;
    private int[] a;
    private int count;
    private final int[] take;
    private final int[] bestTake;
    /** Per item i: the weight of items i.. (all of them; of those of negative value). */
    private final long[] suffixAll;
    private final long[] suffixNeg;
    private long visits;
    private long maxVisits;
    private double best;
    private double root;

    WindowKnapsack(int capacity) {
        take = new int[capacity];
        bestTake = new int[capacity];
        suffixAll = new long[capacity + 1];
        suffixNeg = new long[capacity + 1];
    }

    /**
     * Items 0..count-1 (weight > 0, in micro-kg; least value per kg first): the least value within the
     * window, +infinity when no whole load lies in it, NaN when the search gave up ({@link #lowerBound()} then
     * bounds it; {@link #found()} tells whether {@link #taken} holds a load of the window).
     */
    double solve(long[] weight, double[] value, int[] avail, int count, long floor, long cap, long maxVisits) {
        w = weight;
        c = value;
        a = avail;
        this.count = count;
        this.maxVisits = maxVisits;
        visits = 0;
        suffixAll[count] = 0;
        suffixNeg[count] = 0;
        for (int i = count - 1; i >= 0; i--) {
            long all = w[i] * (long) a[i];
            suffixAll[i] = suffixAll[i + 1] + all;
            suffixNeg[i] = suffixNeg[i + 1] + (c[i] < 0 ? all : 0);
        }
        best = Double.POSITIVE_INFINITY;
        unexplored = Double.POSITIVE_INFINITY;
        found = false;
        root = lp(0, floor, cap);
        if (root < Double.POSITIVE_INFINITY) {
            search(0, floor, cap, 0);
        }
        return visits > maxVisits ? Double.NaN : best;
    }

    private boolean found;
    private double unexplored;

    /** The window's LP over all the items (+infinity when no load reaches the floor within the cap). */
    double root() {
        return root;
    }

    /** After a search that gave up: a lower bound of the least value (the best load found, or a subtree's LP under it). */
    double lowerBound() {
        return Math.max(root, Math.min(best, unexplored));
    }

    boolean found() {
        return found;
    }

    int taken(int i) {
        return bestTake[i];
    }

    private void search(int i, long floor, long cap, double value) {
        if (++visits > maxVisits || OrderDeadline.passed(visits)) {
            visits = Math.max(visits, maxVisits + 1); // given up, on its budget or the order's time
            unexplored = Math.min(unexplored, value + lp(i, floor, cap));
            return;
        }
        if (i == count) {
            if (floor <= 0 && value < best) {
                best = value;
                found = true;
                System.arraycopy(take, 0, bestTake, 0, count);
            }
            return;
        }
        if (value + lp(i, floor, cap) >= best - 1e-12) {
            return;
        }
        int most = (int) Math.min(a[i], cap / w[i]);
        boolean down = c[i] < 0; // units that pay: most first; units that cost: fewest first
        for (int step = 0; step <= most; step++) {
            int m = down ? most - step : step;
            if (visits > maxVisits) { // a child not searched: its own LP bounds it
                unexplored = Math.min(unexplored, value + m * c[i] + lp(i + 1, floor - m * w[i], cap - m * w[i]));
                continue;
            }
            take[i] = m;
            search(i + 1, floor - m * w[i], cap - m * w[i], value + m * c[i]);
        }
        take[i] = 0;
    }

    /** The window's LP over items i..: filled in order up to the floor, and on to the cap while the units pay. */
    private double lp(int i, long floor, long cap) {
        if (cap < 0 || suffixAll[i] < floor) {
            return Double.POSITIVE_INFINITY;
        }
        long target = Math.min(cap, Math.max(floor, suffixNeg[i]));
        double v = 0;
        long left = target;
        for (int j = i; j < count && left > 0; j++) {
            long all = w[j] * (long) a[j];
            if (all <= left) {
                v += c[j] * a[j];
                left -= all;
            } else {
                v += c[j] * ((double) left / w[j]);
                left = 0;
            }
        }
        return v;
    }
}

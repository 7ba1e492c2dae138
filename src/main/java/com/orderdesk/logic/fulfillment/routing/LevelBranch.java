package com.orderdesk.logic.fulfillment.routing;

import java.util.Comparator;

/**
 * One branch of {@link LagrangianBranchAndBound}: each node's range of levels ({@link LevelBound}:
 * closed, a weight break, the tail), the multipliers its bound reached, and how it is split next.
 * The choice of the split and the reduced-cost cuts of the ranges live here, beside the ranges
 * they change; the search keeps the queue, the steps and the plans.
 */
final class LevelBranch {
    /** Best first: the branch of least bound is split next. */
    static final Comparator<LevelBranch> BY_BOUND = (a, b) -> Double.compare(a.bound, b.bound);

    final int[] lo;
    final int[] hi;
    double[] lambda;
    double bound;
    double step;
    int splitNode = -1;
    int splitAt;
    /** A leaf left unresolved: the visits its last exact search had. */
    long leafVisits;

    LevelBranch(int[] lo, int[] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** The two sides of the chosen split: the node's level at most {@link #splitAt}, or above it. */
    LevelBranch[] children() {
        int n = splitNode;
        LevelBranch down = new LevelBranch(lo.clone(), hi.clone());
        down.hi[n] = splitAt;
        LevelBranch up = new LevelBranch(lo.clone(), hi.clone());
        up.lo[n] = splitAt + 1;
        return new LevelBranch[] {down, up};
    }

    /**
     * Cuts from each node's range the end levels whose value alone lifts the bound {@code at} (the
     * last evaluation's, whose terms {@code bound} still holds) to {@code limit}. Valid only when
     * no shipment cap binds (the caller checks): then a node's term is independent of the others'.
     */
    void fixByReducedCost(LevelBound bound, double at, double limit) {
        for (int n = 0; n < lo.length; n++) {
            if (hi[n] == LevelBound.CLOSED) {
                continue;
            }
            double[] values = bound.levelValue[n];
            double rest = at - (bound.counted[n] ? bound.phi[n] : 0);
            while (lo[n] < hi[n] && rest + values[lo[n] + 1] >= limit) {
                lo[n]++;
            }
            while (hi[n] > lo[n] && rest + values[hi[n] + 1] >= limit) {
                hi[n]--;
            }
        }
    }

    /**
     * The split whose two sides the steps took most evenly ({@code seen[n][level + 1]} of
     * {@code taken} steps; closed is level -1); when the steps never disagreed, the node of least
     * term at the level its load took. None ({@link #splitNode} -1) when every range is one level.
     */
    void chooseSplit(LevelBound bound, int[][] seen, int taken) {
        double bestScore = 0;
        splitNode = -1;
        int fallback = -1;
        for (int n = 0; n < lo.length; n++) {
            if (hi[n] == LevelBound.CLOSED || lo[n] == hi[n]) {
                continue;
            }
            if (fallback < 0 || bound.phi[n] < bound.phi[fallback]) {
                fallback = n;
            }
            int below = 0;
            for (int j = lo[n]; j < hi[n]; j++) {
                below += seen[n][j + 1];
                double score = Math.min(below, taken - below) / (double) Math.max(1, taken);
                if (score > bestScore) {
                    bestScore = score;
                    splitNode = n;
                    splitAt = j;
                }
            }
        }
        if (splitNode < 0 && fallback >= 0) {
            // no disagreement: split the most promising node at the level its load took
            int j = bound.counted[fallback] ? bound.level[fallback] : LevelBound.CLOSED;
            splitNode = fallback;
            splitAt = Math.max(lo[fallback], Math.min(j, hi[fallback] - 1));
        }
    }
}

package com.orderdesk.logic.fulfillment.routing;

/**
 * The branch-and-bound's subgradient steps without re-valuing the nodes that cannot count
 * ({@link LagrangianBranchAndBound}). A node that may stay closed counts in the bound only when
 * its least value over its open levels, phi, is negative; most of a 200-node order's nodes sit
 * well above zero at every step. phi is a least value over loads x of terms linear in the
 * multipliers, each x_l at most the node's stock, so from the multipliers a0 at which phi was last
 * computed to lambda it falls by at most sum_l max(0, lambda_l - a0_l) x avail_l. When that
 * leaves it above zero, the node is passed as closed: it adds 0 either way, so the bound, the
 * nodes counted and their loads are exactly the full evaluation's, at the cost of one sum over the
 * lines instead of the node's knapsacks. A value is reused only over the range it was computed on
 * or a narrower one (fewer levels can only raise a least value).
 */
final class NodeScreen {
    /** phi must stay this far above zero: the screened node is then surely not counted. */
    private static final double MARGIN = 1e-7;
    private final OrderProblem p;
    private final LevelBound bound;
    /** Per node: the multipliers its phi was last computed at (null: never), that phi, and the top of the range it was computed over. */
    private final double[][] anchor;
    private final double[] phi0;
    private final int[] anchorHi;
    private final int[] passedHi;
    private long screened;
    private long valued;

    NodeScreen(OrderProblem p, LevelBound bound) {
        this.p = p;
        this.bound = bound;
        anchor = new double[p.nodeCount][];
        phi0 = new double[p.nodeCount];
        anchorHi = new int[p.nodeCount];
        passedHi = new int[p.nodeCount];
    }

    /** {@link LevelBound#evaluate} at {@code lambda} over the ranges lo..hi, the same value, nodes that cannot count passed as closed. */
    double evaluate(double[] lambda, int[] lo, int[] hi) {
        for (int n = 0; n < p.nodeCount; n++) {
            passedHi[n] = hi[n];
            if (lo[n] == LevelBound.CLOSED && hi[n] != LevelBound.CLOSED && anchor[n] != null && hi[n] <= anchorHi[n]
                    && stillPositive(n, lambda)) {
                passedHi[n] = LevelBound.CLOSED;
                screened++;
            }
        }
        double v = bound.evaluate(lambda, lo, passedHi);
        if (v != Double.POSITIVE_INFINITY) {
            remember(lambda, lo, passedHi);
        }
        return v;
    }

    /** {@link LevelBound#evaluate} in full (every node valued: the ranges' reduced-cost fixing and split read all), remembered. */
    double evaluateAll(double[] lambda, int[] lo, int[] hi) {
        double v = bound.evaluate(lambda, lo, hi);
        if (v != Double.POSITIVE_INFINITY) {
            remember(lambda, lo, hi);
        }
        return v;
    }

    /** Nodes screened and nodes valued so far (diagnostics). */
    long screened() {
        return screened;
    }

    long valued() {
        return valued;
    }

    private void remember(double[] lambda, int[] lo, int[] hi) {
        for (int n = 0; n < p.nodeCount; n++) {
            if (hi[n] == LevelBound.CLOSED) {
                continue;
            }
            valued++;
            if (lo[n] != LevelBound.CLOSED) {
                continue; // never screened: it counts whatever its value
            }
            if (anchor[n] == null) {
                anchor[n] = new double[p.lineCount];
            }
            System.arraycopy(lambda, 0, anchor[n], 0, p.lineCount);
            phi0[n] = bound.phi[n];
            anchorHi[n] = hi[n];
        }
    }

    private boolean stillPositive(int n, double[] lambda) {
        double left = phi0[n] - MARGIN;
        if (!(left > 0)) {
            return false;
        }
        double[] a = anchor[n];
        int[] avail = p.avail[n];
        for (int l = 0; l < p.lineCount; l++) {
            double rise = lambda[l] - a[l];
            if (rise > 0 && avail[l] > 0) {
                left -= rise * avail[l];
                if (left <= 0) {
                    return false;
                }
            }
        }
        return true;
    }
}

package com.orderdesk.logic.fulfillment.routing;

/**
 * A small dense bounded-variable primal simplex: least c x with A x = b and lo <= x <= up, every
 * bound finite, for the LP relaxation of a leaf's placement ({@link LeafMip}: 40-80 lines over 2-5
 * nodes, a few hundred columns). Phase 1 minimises the basic variables' bound violations
 * (composite), so a copy whose bounds were tightened (a branch) restarts from its parent's basis.
 * Nothing here has to be exact: the caller turns the duals into a bound it computes from the
 * problem's data ({@link #duals}), valid for any duals, and checks infeasibility the same way.
 */
final class LeafSimplex {
    enum Status { OPTIMAL, INFEASIBLE, LIMIT }

    private static final double FEAS = 1e-9;
    private static final double PIVOT = 1e-9;
    private static final double COST = 1e-10;
    /** Pivots without progress after which the entering column is the first eligible one (Bland: no cycling). */
    private static final int DEGENERATE_RUN = 30;

    final int m;
    final int n;
    final double[] c;
    final double[] lo;
    final double[] up;
    /** B^-1 A, B the current basis; per row the basic column and its value. */
    private final double[][] t;
    private final double[] beta;
    private final int[] basis;
    /** Per column: its row when basic, else -1; a nonbasic column sits at its upper bound or its lower. */
    private final int[] rowOf;
    private final boolean[] atUpper;
    /** Per row: the column of the starting basis (a slack with coefficient sign[i] in row i and 0 elsewhere). */
    private final int[] start;
    private final double[] sign;
    long pivots;

    /**
     * {@code a} is m x n; column {@code start[i]} must be sign[i] times the i-th unit vector; the
     * other columns start at their lower bounds.
     */
    LeafSimplex(double[][] a, double[] b, double[] c, double[] lo, double[] up, int[] start) {
        m = a.length;
        n = c.length;
        this.c = c;
        this.lo = lo;
        this.up = up;
        this.start = start;
        t = new double[m][];
        beta = new double[m];
        basis = new int[m];
        rowOf = new int[n];
        atUpper = new boolean[n];
        sign = new double[m];
        java.util.Arrays.fill(rowOf, -1);
        for (int i = 0; i < m; i++) {
            sign[i] = a[i][start[i]];
            t[i] = new double[n];
            double v = b[i];
            for (int j = 0; j < n; j++) {
                t[i][j] = a[i][j] / sign[i];
                if (j != start[i]) {
                    v -= a[i][j] * lo[j];
                }
            }
            beta[i] = v / sign[i];
            basis[i] = start[i];
            rowOf[start[i]] = i;
        }
    }

    /** A copy with its own bounds and basis (a branch). */
    LeafSimplex(LeafSimplex o) {
        m = o.m;
        n = o.n;
        c = o.c;
        lo = o.lo.clone();
        up = o.up.clone();
        start = o.start;
        sign = o.sign;
        t = new double[m][];
        for (int i = 0; i < m; i++) {
            t[i] = o.t[i].clone();
        }
        beta = o.beta.clone();
        basis = o.basis.clone();
        rowOf = o.rowOf.clone();
        atUpper = o.atUpper.clone();
    }

    /**
     * Puts column {@code aj} (cost {@code cj}, bounds [0, {@code upj}]) in slot j, which must be nonbasic and held
     * at 0 (lo = up = 0): a column generated after the basis was found ({@link LeafColumns}), B^-1 aj from the
     * start columns' own (B^-1 e_r = t[., start[r]] / sign[r]); the basis and its values stay.
     */
    void setColumn(int j, double[] aj, double cj, double upj) {
        for (int i = 0; i < m; i++) {
            double v = 0;
            for (int r = 0; r < m; r++) {
                if (aj[r] != 0) {
                    v += t[i][start[r]] * aj[r] / sign[r];
                }
            }
            t[i][j] = v;
        }
        c[j] = cj;
        lo[j] = 0;
        up[j] = upj;
        atUpper[j] = false;
    }

    /** Column j's value in the current basic solution. */
    double value(int j) {
        return rowOf[j] >= 0 ? beta[rowOf[j]] : atUpper[j] ? up[j] : lo[j];
    }

    /** Moves column j's bounds; a nonbasic column moves with its bound (the basic values follow). */
    void setBounds(int j, double newLo, double newUp) {
        double old = value(j);
        lo[j] = newLo;
        up[j] = newUp;
        if (rowOf[j] < 0) {
            double now = atUpper[j] ? newUp : newLo;
            for (int i = 0; i < m; i++) {
                beta[i] -= t[i][j] * (now - old);
            }
        }
    }

    private double phase1Cost(int i) {
        int j = basis[i];
        return beta[i] < lo[j] - FEAS ? -1 : beta[i] > up[j] + FEAS ? 1 : 0;
    }

    Status solve(long maxPivots) {
        double[] cb = new double[m];
        double[] d = new double[n];
        int degenerate = 0;
        while (true) {
            boolean phase1 = false;
            for (int i = 0; i < m; i++) {
                cb[i] = phase1Cost(i);
                phase1 |= cb[i] != 0;
            }
            if (!phase1) {
                for (int i = 0; i < m; i++) {
                    cb[i] = c[basis[i]];
                }
            }
            java.util.Arrays.fill(d, 0);
            for (int i = 0; i < m; i++) {
                double w = cb[i];
                if (w != 0) {
                    double[] row = t[i];
                    for (int j = 0; j < n; j++) {
                        d[j] -= w * row[j];
                    }
                }
            }
            int enter = -1;
            double best = 0;
            for (int j = 0; j < n; j++) {
                if (rowOf[j] >= 0) {
                    continue;
                }
                double dj = (phase1 ? 0 : c[j]) + d[j];
                double gain = atUpper[j] ? dj : up[j] > lo[j] ? -dj : 0;
                if (gain > COST && (enter < 0 || degenerate < DEGENERATE_RUN && gain > best)) {
                    enter = j;
                    best = gain;
                    if (degenerate >= DEGENERATE_RUN) {
                        break;
                    }
                }
            }
            if (enter < 0) {
                return phase1 ? Status.INFEASIBLE : Status.OPTIMAL;
            }
            // the order's time holds inside an LP too: an 80-line leaf's LP can take thousands of pivots
            if (pivots++ >= maxPivots || (pivots & 63) == 0 && OrderDeadline.searchPassed()) {
                return Status.LIMIT;
            }
            double dir = atUpper[enter] ? -1 : 1;
            double theta = up[enter] - lo[enter];
            int leave = -1;
            boolean leaveUpper = false;
            for (int i = 0; i < m; i++) {
                double rate = -dir * t[i][enter];
                if (Math.abs(rate) <= PIVOT) {
                    continue;
                }
                int j = basis[i];
                double limit;
                boolean toUpper;
                if (rate > 0) {
                    if (beta[i] < lo[j] - FEAS) {
                        limit = (lo[j] - beta[i]) / rate;
                        toUpper = false;
                    } else if (beta[i] <= up[j] + FEAS) {
                        limit = Math.max(0, (up[j] - beta[i]) / rate);
                        toUpper = true;
                    } else {
                        continue;
                    }
                } else {
                    if (beta[i] > up[j] + FEAS) {
                        limit = (up[j] - beta[i]) / rate;
                        toUpper = true;
                    } else if (beta[i] >= lo[j] - FEAS) {
                        limit = Math.max(0, (lo[j] - beta[i]) / rate);
                        toUpper = false;
                    } else {
                        continue;
                    }
                }
                if (limit < theta - 1e-12 || limit <= theta + 1e-12 && leave >= 0 && Math.abs(t[i][enter]) > Math.abs(t[leave][enter])) {
                    theta = limit;
                    leave = i;
                    leaveUpper = toUpper;
                }
            }
            degenerate = theta <= 1e-12 ? degenerate + 1 : 0;
            for (int i = 0; i < m; i++) {
                beta[i] -= dir * t[i][enter] * theta;
            }
            if (leave < 0) {
                atUpper[enter] = !atUpper[enter]; // the entering column reached its other bound
                continue;
            }
            double enterValue = (atUpper[enter] ? up[enter] : lo[enter]) + dir * theta;
            int out = basis[leave];
            rowOf[out] = -1;
            atUpper[out] = leaveUpper;
            double[] r = t[leave];
            double pv = r[enter];
            for (int j = 0; j < n; j++) {
                r[j] /= pv;
            }
            for (int i = 0; i < m; i++) {
                double f = t[i][enter];
                if (i != leave && f != 0) {
                    double[] row = t[i];
                    for (int j = 0; j < n; j++) {
                        row[j] -= f * r[j];
                    }
                }
            }
            basis[leave] = enter;
            rowOf[enter] = leave;
            beta[leave] = enterValue;
        }
    }

    /**
     * The row prices y = c_B B^-1 of the current basis, for the costs {@code c} (phase 2) or, with
     * {@code phase1}, for the bound violations (a Farkas ray when phase 1 ended infeasible).
     */
    double[] duals(boolean phase1) {
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            int k = start[i];
            double s = 0;
            for (int r = 0; r < m; r++) {
                double w = phase1 ? phase1Cost(r) : c[basis[r]];
                s += w * t[r][k];
            }
            y[i] = s * sign[i];
        }
        return y;
    }
}

package com.orderdesk.logic.fulfillment.routing;

/**
 * The exact cheapest plan of a leaf of {@link LagrangianBranchAndBound} (every open node held to
 * one level), by branch-and-bound on its LP relaxation ({@link LeafSimplex}) instead of the
 * line-by-line unit search.
 *
 * <p>At fixed levels a plan's cost is linear: handling and the level's price per open node, pick
 * (plus any priced extra) per unit, the penalty per unit not shipped, and on a tail node the
 * per-kg rate above the last break. Its only coupling is each line's quantity and each node's
 * weight window (above the previous break, at most its own; a tail node above the last break).
 * The LP of that is exact in everything but whole units, and far tighter than the leaf's
 * Lagrangian at the multipliers the subgradient reached (40 x 50 #186: Lagrangian 194.87, LP
 * 195.41 = the incumbent; 40 x 200 #167: 188.77 against 192.85), and with whole units branched
 * the leaves that stayed open for millions of unit-search visits close (40 x 50 #40: leaf optimum
 * 221.74 against the incumbent 221.7134, where the Lagrangian sat at 221.7131).
 *
 * <p>Every pruning bound is computed from the problem's data at the LP's duals y: for A x = b
 * over a box, c x = y b + sum_j (c_j - y A_j) x_j >= y b + sum_j min over the box, whatever y
 * is; so an inexact LP can only weaken a bound, never make it wrong. Likewise an LP declared
 * infeasible is dropped only when its phase-1 duals prove that no point of the box meets y A x =
 * y b; otherwise the search reports itself incomplete.
 */
final class LeafMip {
    private final OrderProblem p;
    private final int cols;
    private final int rows;
    /** Per structural column (the first {@code vars}): its node and line. */
    private final int[] colNode;
    private final int[] colLine;
    private final int vars;
    private final double[][] a;
    private final double[] b;
    private final double[] c;
    /** Cost of every plan in the leaf beside c x: the nodes' fixed costs, every unit at the penalty, less the tail's free weight. */
    private final double constant;
    private final boolean empty;
    private LeafSimplex root;
    /** The root LP's line duals as the leaf's multipliers (penalty + dual; null until the root LP is solved optimal). */
    private double[] rootLambda;
    private final int[] lineRowOf;
    private final long maxNodes;
    /** Weight rows in micro-kg times 2^-20 (about kg): exact for every integer plan. */
    private static final double ROW = 0x1p-20;
    private long nodes;
    private boolean aborted;
    /** Whether the search stopped on its arithmetic (an LP out of pivots, an infeasibility not proven), not its budget. */
    private boolean numerical;
    private double limit;
    private int[][] bestX;
    private double bestCost = Double.POSITIVE_INFINITY;

    /**
     * The leaf of {@code p} (its nodes all open) with node n at {@code levels[n]}: a weight break
     * or the tail ({@link RateTable#breakCount()}); at most {@code maxNodes} LPs.
     */
    LeafMip(OrderProblem p, int[] levels, long maxNodes) {
        this.p = p;
        this.maxNodes = maxNodes;
        RateTable t = p.rates;
        int last = t.breakCount() - 1;
        int k = p.nodeCount;
        int[] lineRow = new int[p.lineCount];
        int lineRows = 0;
        int count = 0;
        double fixed = 0;
        for (int l = 0; l < p.lineCount; l++) {
            fixed += p.backorderPenalty * p.qty[l];
            lineRow[l] = -1;
            for (int n = 0; n < k; n++) {
                if (p.avail[n][l] > 0) {
                    count++;
                    lineRow[l] = lineRows;
                }
            }
            if (lineRow[l] >= 0) {
                lineRows++;
            }
        }
        vars = count;
        rows = lineRows + 2 * k;
        cols = vars + rows;
        colNode = new int[vars];
        colLine = new int[vars];
        a = new double[rows][cols];
        b = new double[rows];
        c = new double[cols];
        double[] lo = new double[cols];
        double[] up = new double[cols];
        int[] start = new int[rows];
        boolean none = false;
        int j = 0;
        for (int n = 0; n < k; n++) {
            boolean tail = levels[n] > last;
            double perKg = tail ? t.perKgAboveMax(p.zone[n]) : 0;
            fixed += p.handling[n] + t.priceAt(p.zone[n], Math.min(levels[n], last));
            long most = 0;
            int units = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] == 0) {
                    continue;
                }
                double kg = RateTable.toKg(p.weight[l]);
                double w = p.weight[l] * ROW; // exact: a whole number of micro-kg times a power of two
                colNode[j] = n;
                colLine[j] = l;
                c[j] = p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]) - p.backorderPenalty + perKg * kg;
                up[j] = p.avail[n][l];
                a[lineRow[l]][j] = 1;
                a[lineRows + n][j] = w;
                a[lineRows + k + n][j] = 1;
                most += p.weight[l] * p.avail[n][l];
                units += p.avail[n][l];
                j++;
            }
            // the node's weight window, exactly its level's: in micro-kg times 2^-20 every integer plan's load is exact
            long floor = tail ? t.breakAt(last) : levels[n] == 0 ? 0 : t.breakAt(levels[n] - 1);
            long cap = tail ? most : t.breakAt(levels[n]);
            fixed -= perKg * RateTable.toKg(floor);
            int s = vars + lineRows + n;
            a[lineRows + n][s] = -1;
            lo[s] = floor * ROW; // every sum of whole micro-kg is exact in these units: no widening needed
            up[s] = Math.min(cap, most) * ROW;
            none |= up[s] < lo[s];
            start[lineRows + n] = s;
            int u = vars + lineRows + k + n; // the node's units: branched on first (see #search)
            a[lineRows + k + n][u] = -1;
            up[u] = units;
            start[lineRows + k + n] = u;
        }
        for (int l = 0; l < p.lineCount; l++) {
            if (lineRow[l] >= 0) {
                int s = vars + lineRow[l];
                a[lineRow[l]][s] = 1; // units of the line not shipped
                up[s] = p.qty[l];
                b[lineRow[l]] = p.qty[l];
                start[lineRow[l]] = s;
            }
        }
        constant = fixed;
        empty = none;
        lineRowOf = lineRow;
        if (!none) {
            root = new LeafSimplex(a, b, c, lo, up, start);
        }
    }

    /** The cheapest plan of the leaf under {@code below} (x over p's nodes, null when none); optimal when not aborted. */
    SolveResult solve(double below) {
        limit = below;
        if (!empty) {
            search(root);
        }
        return new SolveResult(bestX, bestX == null ? below : bestCost, !aborted);
    }

    long nodes() {
        return nodes;
    }

    /**
     * Multipliers of the leaf's lines from its LP (each line's price: the penalty plus its row's dual), for the
     * unit search's Lagrangian ({@link LeafBound}) when this search stops on its budget; null when none.
     */
    double[] rootLambda() {
        return rootLambda;
    }

    boolean stoppedOnArithmetic() {
        return numerical;
    }

    private void search(LeafSimplex lp) {
        if (aborted) {
            return;
        }
        if (++nodes > maxNodes || OrderDeadline.searchPassed()) { // one clock read per LP: an LP costs far more
            aborted = true;
            return;
        }
        LeafSimplex.Status st = lp.solve(50L * cols);
        if (st == LeafSimplex.Status.LIMIT) {
            aborted = true;
            numerical = true;
            return;
        }
        if (st == LeafSimplex.Status.INFEASIBLE) {
            if (!provedEmpty(lp)) {
                aborted = true; // not shown empty: the leaf stays open rather than risk a wrong proof
                numerical = true;
            }
            return;
        }
        double[] y = lp.duals(false);
        if (rootLambda == null && lp == root) { // the first LP's: the object is reused down the right-hand children
            rootLambda = new double[p.lineCount];
            for (int l = 0; l < p.lineCount; l++) {
                rootLambda[l] = p.backorderPenalty + (lineRowOf[l] >= 0 ? Math.min(0, y[lineRowOf[l]]) : 0);
            }
        }
        double bound = constant + bound(lp, y);
        if (bound >= limit - ExactOrderSolver.EPS) {
            return;
        }
        int branch = -1;
        double most = 1e-7;
        // a node's unit count first: a non-tail node's cost is linear in it alone, so once every count is
        // whole the bound of the branch is nearly settled and what is left is finding whole units that fit
        for (int j = cols - p.nodeCount; j < cols; j++) {
            double v = lp.value(j);
            double frac = Math.abs(v - Math.rint(v));
            if (frac > most) {
                most = frac;
                branch = j;
            }
        }
        for (int j = 0; j < (branch < 0 ? vars : 0); j++) {
            double v = lp.value(j);
            double frac = Math.abs(v - Math.rint(v));
            if (frac > most) {
                most = frac;
                branch = j;
            }
        }
        if (branch < 0) {
            offer(lp, bound);
            return;
        }
        double v = lp.value(branch);
        double down = Math.floor(v);
        LeafSimplex left = new LeafSimplex(lp);
        left.setBounds(branch, lp.lo[branch], down);
        LeafSimplex right = lp; // the parent is not needed again: the up branch reuses it
        boolean downFirst = v - down < 0.5;
        if (downFirst) {
            search(left);
            right.setBounds(branch, down + 1, lp.up[branch]);
            search(right);
        } else {
            right = new LeafSimplex(lp);
            right.setBounds(branch, down + 1, lp.up[branch]);
            search(right);
            search(left);
        }
    }

    /** A lower bound of c x over the LP's box and rows at duals y, from the problem's data (valid for any y). */
    private double bound(LeafSimplex lp, double[] y) {
        double v = 0;
        for (int i = 0; i < rows; i++) {
            v += y[i] * b[i];
        }
        for (int j = 0; j < cols; j++) {
            double d = c[j];
            for (int i = 0; i < rows; i++) {
                d -= y[i] * a[i][j];
            }
            v += Math.min(d * lp.lo[j], d * lp.up[j]);
        }
        return v;
    }

    /** Whether the phase-1 duals y show that no point of the box has y A x = y b (so none has A x = b). */
    private boolean provedEmpty(LeafSimplex lp) {
        double[] y = lp.duals(true);
        double least = 0;
        double most = 0;
        double target = 0;
        double scale = 0;
        for (int i = 0; i < rows; i++) {
            target += y[i] * b[i];
        }
        for (int j = 0; j < cols; j++) {
            double d = 0;
            for (int i = 0; i < rows; i++) {
                d += y[i] * a[i][j];
            }
            least += Math.min(d * lp.lo[j], d * lp.up[j]);
            most += Math.max(d * lp.lo[j], d * lp.up[j]);
            scale += Math.abs(d) * Math.max(Math.abs(lp.lo[j]), Math.abs(lp.up[j]));
        }
        double tol = 1e-9 * (1 + scale + Math.abs(target));
        return target < least - tol || target > most + tol;
    }

    /**
     * An integral LP optimum: its plan at its real cost, which is the leaf's charge, or less for a load at its
     * level's floor (a cheaper break). Were it more (a card whose prices fall with weight), the branch's
     * other plans could lie between the two: the search then reports itself incomplete; likewise when the
     * branch's bound from the data lies under that charge (an LP stopped short of its optimum).
     */
    private void offer(LeafSimplex lp, double bound) {
        int[][] x = p.emptyAssignment();
        double charged = constant;
        for (int j = 0; j < vars; j++) {
            x[colNode[j]][colLine[j]] = (int) Math.rint(lp.value(j));
            charged += c[j] * x[colNode[j]][colLine[j]];
        }
        double cost = p.cost(x);
        if (cost < limit - ExactOrderSolver.EPS) {
            limit = cost;
            bestCost = cost;
            bestX = x;
        }
        // settled only as a prune would be: every plan of the branch costs at least the bound (NaN: not settled)
        if (!(bound >= limit - ExactOrderSolver.EPS)) {
            aborted = true;
            numerical = true;
        }
    }
}

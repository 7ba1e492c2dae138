package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A leaf's Lagrangian dual over whole units (Dantzig-Wolfe): at fixed levels (see {@link LeafMip}) the
 * leaf's plans are one whole-unit load per node inside its weight window, coupled only by each line's
 * quantity. Pricing the quantity rows at mu >= 0 splits the leaf into one knapsack per node, so
 *
 * <pre>   cost(x) >= constant - sum_l mu_l qty_l + sum_n min over node n's whole loads of sum_l (c_nl + mu_l) x_nl</pre>
 *
 * for every plan x of the leaf and every mu >= 0. With whole units the per-node minimum is above the LP's
 * (which fills each window with fractions), so this bound can close leaves the LP cannot: the packing
 * leaves where whole units must fill the nodes' weight breaks. The best mu is found by column
 * generation: a master LP ({@link LeafSimplex}) over the loads found so far, whose line duals price the
 * next knapsacks. The bound returned is always recomputed from the data at the mu tried (valid for any
 * mu >= 0; a knapsack that gives up counts its fractional value, itself a lower bound), never the
 * master's value.
 */
final class LeafColumns {
    private final OrderProblem p;
    private final int k;
    private final int lines;
    /** Per node: its stocked lines, their cost per unit at the level (as {@link LeafMip}'s c), and its window in micro-kg. */
    private final int[][] stocked;
    private final double[][] unitCost;
    private final long[] floor;
    private final long[] cap;
    private final double constant;
    private final boolean empty;
    private final WindowKnapsack knapsack;
    private final long[] kw;
    private final double[] kc;
    private final int[] ka;
    private final int[] kl;
    /** The columns found: per column its node, cost and load (units per line). */
    private final List<int[]> loads = new ArrayList<>();
    private final List<Integer> loadNode = new ArrayList<>();
    private final List<Double> loadCost = new ArrayList<>();
    private double best = Double.NEGATIVE_INFINITY;
    private int rounds;
    private String stop = "limit";
    private double[] bestMu;
    private int gaveUp;
    private final int[] x;

    LeafColumns(OrderProblem p, int[] levels) {
        this.p = p;
        k = p.nodeCount;
        lines = p.lineCount;
        RateTable t = p.rates;
        int last = t.breakCount() - 1;
        stocked = new int[k][];
        unitCost = new double[k][];
        floor = new long[k];
        cap = new long[k];
        double fixed = 0;
        for (int l = 0; l < lines; l++) {
            fixed += p.backorderPenalty * p.qty[l];
        }
        boolean none = false;
        int widest = 1;
        for (int n = 0; n < k; n++) {
            boolean tail = levels[n] > last;
            double perKg = tail ? t.perKgAboveMax(p.zone[n]) : 0;
            fixed += p.handling[n] + t.priceAt(p.zone[n], Math.min(levels[n], last));
            int[] s = new int[lines];
            int count = 0;
            long most = 0;
            for (int l = 0; l < lines; l++) {
                if (p.avail[n][l] > 0) {
                    s[count++] = l;
                    most += p.weight[l] * p.avail[n][l];
                }
            }
            stocked[n] = Arrays.copyOf(s, count);
            unitCost[n] = new double[count];
            for (int i = 0; i < count; i++) {
                int l = stocked[n][i];
                unitCost[n][i] = p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]) - p.backorderPenalty
                        + perKg * RateTable.toKg(p.weight[l]);
            }
            floor[n] = tail ? t.breakAt(last) : levels[n] == 0 ? 0 : t.breakAt(levels[n] - 1);
            cap[n] = Math.min(tail ? most : t.breakAt(levels[n]), most);
            fixed -= perKg * RateTable.toKg(floor[n]);
            none |= cap[n] < floor[n];
            widest = Math.max(widest, count);
        }
        constant = fixed;
        empty = none;
        knapsack = new WindowKnapsack(widest);
        kw = new long[widest];
        kc = new double[widest];
        ka = new int[widest];
        kl = new int[widest];
        x = new int[lines];
    }

    /** The best bound found (negative infinity before any; positive infinity when the leaf holds no plan). */
    double best() {
        return empty ? Double.POSITIVE_INFINITY : best;
    }

    /** The leaf's multipliers at the best bound (penalty - price per line, as {@link LeafBound} takes them); null before any. */
    double[] bestLambda() {
        if (bestMu == null) {
            return null;
        }
        double[] lambda = new double[lines];
        for (int l = 0; l < lines; l++) {
            lambda[l] = p.backorderPenalty - bestMu[l];
        }
        return lambda;
    }

    int rounds() {
        return rounds;
    }

    private static double[] nonNegative(double[] mu) {
        double[] clamped = mu.clone();
        for (int l = 0; l < clamped.length; l++) {
            clamped[l] = clamped[l] >= 0 ? clamped[l] : 0;
        }
        return clamped;
    }

    /** Knapsacks that gave up, and the columns found. */
    String stats() {
        return "gave up " + gaveUp + ", columns " + loads.size() + ", " + stop;
    }

    /**
     * The bound at line prices mu (per line), from the data; adds each node's least load as a column.
     * Valid only at prices >= 0: a negative or NaN price (none is passed today) is taken as 0.
     */
    double boundAt(double[] mu, double[] nodeDual) {
        for (int l = 0; l < lines; l++) {
            if (!(mu[l] >= 0)) {
                mu = nonNegative(mu);
                break;
            }
        }
        double v = constant;
        for (int l = 0; l < lines; l++) {
            v -= mu[l] * p.qty[l];
        }
        for (int n = 0; n < k && v > Double.NEGATIVE_INFINITY; n++) {
            double least = price(n, mu);
            v += least;
            if (colValid && (nodeDual == null || colReduced(n, mu) < nodeDual[n] - 1e-9)) {
                addColumn(n);
            }
        }
        if (v > best) {
            best = v;
            bestMu = mu.clone();
        }
        return v;
    }

    private boolean colValid;

    private double colReduced(int n, double[] mu) {
        double r = 0;
        for (int l = 0; l < lines; l++) {
            r += mu[l] * x[l];
        }
        return r + colCost(n);
    }

    private double colCost(int n) {
        double r = 0;
        for (int i = 0; i < stocked[n].length; i++) {
            r += unitCost[n][i] * x[stocked[n][i]];
        }
        return r;
    }

    private void addColumn(int n) {
        loads.add(x.clone());
        loadNode.add(n);
        loadCost.add(colCost(n));
    }

    /**
     * A lower bound of node n's least sum (c + mu) x over its whole loads in its window (exact unless the
     * knapsack gave up); leaves a whole load of the window in {@link #x} ({@link #colValid}) when it has one.
     */
    private double price(int n, double[] mu) {
        Arrays.fill(x, 0);
        int[] s = stocked[n];
        double weightless = 0;
        int count = 0;
        for (int i = 0; i < s.length; i++) {
            int l = s[i];
            double r = unitCost[n][i] + mu[l];
            if (p.weight[l] == 0) {
                if (r < 0) {
                    weightless += r * p.avail[n][l];
                    x[l] = p.avail[n][l];
                }
                continue;
            }
            if (r < 0 || floor[n] > 0) { // a unit that costs is taken only to reach the floor
                kw[count] = p.weight[l];
                kc[count] = r;
                ka[count] = p.avail[n][l];
                kl[count++] = l;
            }
        }
        sortByValuePerKg(count);
        double value = knapsack.solve(kw, kc, ka, count, floor[n], cap[n], 20_000);
        colValid = knapsack.found();
        for (int i = 0; i < count && colValid; i++) {
            x[kl[i]] = knapsack.taken(i);
        }
        if (Double.isNaN(value)) {
            gaveUp++;
            value = knapsack.lowerBound();
        }
        return weightless + value;
    }

    /** Insertion sort of the first count items by value per kg, least first (a node stocks a few dozen lines). */
    private void sortByValuePerKg(int count) {
        for (int i = 1; i < count; i++) {
            long w = kw[i];
            double c = kc[i];
            int a = ka[i];
            int l = kl[i];
            double key = c / w;
            int j = i - 1;
            while (j >= 0 && (kc[j] / kw[j] > key || kc[j] / kw[j] == key && kl[j] > l)) {
                kw[j + 1] = kw[j];
                kc[j + 1] = kc[j];
                ka[j + 1] = ka[j];
                kl[j + 1] = kl[j];
                j--;
            }
            kw[j + 1] = w;
            kc[j + 1] = c;
            ka[j + 1] = a;
            kl[j + 1] = l;
        }
    }

    /**
     * Column generation from line prices {@code mu0} (null: zero), at most {@code maxRounds} master LPs, stopping
     * once the bound reaches {@code limit}; returns the best bound from the data. The master keeps its basis
     * from round to round: each round's columns go into slots held at zero until then.
     */
    double solve(double[] mu0, int maxRounds, double limit) {
        if (empty) {
            return Double.POSITIVE_INFINITY;
        }
        double[] mu = mu0 == null ? new double[lines] : mu0.clone();
        boundAt(mu, null);
        if (best >= limit || maxRounds <= 0) {
            return best();
        }
        int[] rowOf = new int[lines];
        int lineRows = 0;
        for (int l = 0; l < lines; l++) {
            rowOf[l] = -1;
            for (int n = 0; n < k; n++) {
                if (p.avail[n][l] > 0) {
                    rowOf[l] = lineRows++;
                    break;
                }
            }
        }
        int m = lineRows + k;
        int slots = loads.size() + maxRounds * k;
        int n = slots + 2 * lineRows + k;
        double[][] a = new double[m][n];
        double[] b = new double[m];
        double[] c = new double[n];
        double[] lo = new double[n];
        double[] up = new double[n];
        int[] start = new int[m];
        for (int l = 0; l < lines; l++) {
            if (rowOf[l] >= 0) {
                int r = rowOf[l];
                a[r][slots + r] = 1; // units not shipped
                up[slots + r] = p.qty[l];
                start[r] = slots + r;
                b[r] = p.qty[l];
                a[r][slots + lineRows + r] = -1; // units over the quantity, at a price no optimum pays
                c[slots + lineRows + r] = 1e4;
                up[slots + lineRows + r] = p.totalUnits;
            }
        }
        for (int nd = 0; nd < k; nd++) {
            int art = slots + 2 * lineRows + nd; // held to zero: phase 1 replaces it with the node's loads
            a[lineRows + nd][art] = 1;
            b[lineRows + nd] = 1;
            start[lineRows + nd] = art;
        }
        LeafSimplex lp = new LeafSimplex(a, b, c, lo, up, start);
        double[] col = new double[m];
        int placed = 0;
        while (rounds < maxRounds && best < limit && !OrderDeadline.searchPassed()) {
            for (; placed < loads.size() && placed < slots; placed++) {
                Arrays.fill(col, 0);
                int[] load = loads.get(placed);
                for (int l = 0; l < lines; l++) {
                    if (load[l] != 0) {
                        col[rowOf[l]] = load[l];
                    }
                }
                col[lineRows + loadNode.get(placed)] = 1;
                lp.setColumn(placed, col, loadCost.get(placed), 1);
            }
            rounds++;
            LeafSimplex.Status st = lp.solve(lp.pivots + 50L * n);
            if (st != LeafSimplex.Status.OPTIMAL) {
                stop = "master " + st;
                break;
            }
            double[] y = lp.duals(false);
            for (int l = 0; l < lines; l++) {
                mu[l] = rowOf[l] < 0 ? 0 : Math.max(0, -y[rowOf[l]]);
            }
            double[] sigma = new double[k];
            for (int nd = 0; nd < k; nd++) {
                sigma[nd] = y[lineRows + nd];
            }
            int before = loads.size();
            boundAt(mu, sigma);
            if (loads.size() == before) {
                stop = gaveUp > 0 ? "no column (some gave up)" : "converged";
                break;
            }
        }
        return best();
    }
}

package com.orderdesk.logic.fulfillment.routing;

/**
 * The Lagrangian bound ({@link LagrangianBound}) applied to the completion of a partial plan in
 * the line-by-line search, with fixed multipliers lambda (each <= the penalty):
 * <pre>final cost >= partial + sum_remaining lambda_l r_l + sum_open min(0, psi_n) + sum_unopened min(0, phi_n(d))</pre>
 * where psi_n is the least "extra picking + rate increase - sum lambda x" an open node can add
 * with the remaining lines (per weight break from its current weight, fractional knapsack), and
 * phi_n(d) the same for a node not yet shipping, handling included, over the lines from depth d.
 */
final class LagrangianCompletion {
    private final OrderProblem p;
    private final ExactOrderSolver s;
    private final double[] lambda;
    private final int[] depthOf;
    /** Per node: lines worth shipping there (pick < lambda), best value per kg first. */
    private final int[][] sorted;
    private final double[][] unopened;
    private final double[] unopenedNegative;

    LagrangianCompletion(OrderProblem p, ExactOrderSolver solver, double[] lambda) {
        this.p = p;
        this.s = solver;
        this.lambda = lambda.clone();
        int lines = p.lineCount;
        depthOf = new int[lines];
        for (int d = 0; d < lines; d++) {
            depthOf[solver.lineAt[d]] = d;
        }
        sorted = new int[p.nodeCount][];
        for (int n = 0; n < p.nodeCount; n++) {
            final int node = n;
            sorted[n] = java.util.stream.IntStream.range(0, lines)
                    .filter(l -> p.avail[node][l] > 0 && p.pick[node] - this.lambda[l] < 0)
                    .boxed()
                    .sorted((a, b) -> Double.compare(ratio(node, a), ratio(node, b)))
                    .mapToInt(Integer::intValue).toArray();
        }
        unopened = new double[p.nodeCount][lines + 1];
        unopenedNegative = new double[lines + 1];
        for (int d = 0; d <= lines; d++) {
            for (int n = 0; n < p.nodeCount; n++) {
                unopened[n][d] = d == lines ? 0 : Math.min(0, p.handling[n] + increase(n, 0, false, d));
                unopenedNegative[d] += unopened[n][d];
            }
        }
    }

    private double ratio(int n, int l) {
        double kg = RateTable.toKg(p.weight[l]);
        double c = p.pick[n] - lambda[l];
        return kg > 0 ? c / kg : Double.NEGATIVE_INFINITY;
    }

    /** Bound on the cost still to come, for the line at {@code depth} with r units left and the later lines. */
    double remainder(int depth, int r) {
        if (depth >= p.lineCount) {
            return 0;
        }
        double v = lambda[s.lineAt[depth]] * r;
        for (int d = depth + 1; d < p.lineCount; d++) {
            int l = s.lineAt[d];
            v += lambda[l] * p.qty[l];
        }
        boolean mayOpen = s.openCount < p.maxShipments;
        if (mayOpen) {
            v += unopenedNegative[depth];
        }
        for (int i = 0; i < s.openCount; i++) {
            int n = s.openList[i];
            if (mayOpen) {
                v -= unopened[n][depth];
            }
            v += Math.min(0, increase(n, s.weight[n], true, depth));
        }
        return v;
    }

    /**
     * Least "rate increase + picking - lambda x" node n can add with the lines at depth >=
     * fromDepth, carrying {@code w} already ({@code opened}) or nothing yet (then its whole first
     * rate counts). Per weight break at or above the current weight: the break's price plus the
     * best fractional packing up to it; above the last break: the linear tail (relaxing "above",
     * which only lowers the minimum). Relaxing stock already used and the "not empty" rule only
     * lowers it too, so it stays a lower bound.
     */
    private double increase(int n, long w, boolean opened, int fromDepth) {
        RateTable t = p.rates;
        int z = p.zone[n];
        double base = opened ? t.rate(z, w) : 0;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < t.breakCount(); j++) {
            if (t.breakAt(j) < w) {
                continue;
            }
            best = Math.min(best, t.priceAt(z, j) - base + fill(n, RateTable.toKg(t.breakAt(j) - w), fromDepth));
        }
        int last = t.breakCount() - 1;
        double pi = t.perKgAboveMax(z);
        double tail = t.priceAt(z, last) + pi * RateTable.toKg(w - t.breakAt(last)) - base;
        for (int l : sorted[n]) {
            if (depthOf[l] >= fromDepth) {
                double c = p.pick[n] - lambda[l] + pi * RateTable.toKg(p.weight[l]);
                if (c < 0) {
                    tail += c * p.avail[n][l];
                }
            }
        }
        return Math.min(best, tail);
    }

    private double fill(int n, double capKg, int fromDepth) {
        double left = capKg;
        double value = 0;
        for (int l : sorted[n]) {
            if (depthOf[l] < fromDepth) {
                continue;
            }
            double kg = RateTable.toKg(p.weight[l]);
            double units = kg > 0 ? Math.min(p.avail[n][l], left / kg) : p.avail[n][l];
            value += (p.pick[n] - lambda[l]) * units;
            left -= units * kg;
            if (left <= 1e-12 && kg > 0) {
                break;
            }
        }
        return value;
    }
}

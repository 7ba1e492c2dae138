package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * Lagrangian relaxation of an order: each line's "every unit ships or is backordered" constraint
 * is priced by a multiplier {@code lambda[l] <= penalty}. For any plan with node set S,
 * <pre>cost >= sum_l lambda_l q_l + sum_{n in S} phi_n(lambda)</pre>
 * where phi_n is the least "handling + picking + rate - sum lambda_l x_l" over loads node n can
 * ship (x within its stock, not empty). phi_n is bounded below per weight break by a fractional
 * knapsack (units priced below their value, packed best value per kg first, up to the break), and
 * above the last break by the linear tail. Hence L(lambda) = sum lambda q + sum min(0, phi_n) is a
 * lower bound of the order's optimum, improved by subgradient steps; and a plan using node m
 * costs at least L + max(0, phi_m), which rules m out when that reaches the incumbent.
 */
final class LagrangianBound {
    /** Non-improving steps before the step size halves (15 measured better than 4 on hard orders). */
    private static final int STALE = 15;
    private static final double MIN_STEP = 1e-4;
    /**
     * Large orders step along the subgradient plus this share of the previous direction
     * (deflected subgradient): plain steps zig-zag between the lines' multipliers. Measured on
     * 40-line orders over 50 nodes against the order's convex-hull LP (solved by GLOP; the best
     * this relaxation can reach): after 400 steps the plain bound was 0-3.6 % under it (245.45
     * against 254.72 on one order), the deflected one (0.7) 0-1.1 % (253.03). Orders under
     * {@link OrderOptimizer#LARGE_ORDER_LINES} lines keep plain steps: their proofs and times
     * were measured with them.
     */
    static final double DEFLECTION = 0.7;
    /** Steps a certification makes even past the deadline (a few ms at 80 lines x 200 nodes): a bound after 8 steps certified gaps near 50 %. */
    private static final int MIN_CERTIFY_STEPS = 120;
    private final OrderProblem p;
    final double[] lambda;
    final double[] phi;
    private final boolean[] counted;
    private final double[][] load;
    double value = Double.NEGATIVE_INFINITY;
    double constant;
    private final int[] order;
    private boolean allOpen;
    private final double[] ratio;
    private final int[] tailOrder;
    private final double[] tailRatio;

    private double[][] extraPick;
    private double[] extraHandling;

    private LagrangianBound(OrderProblem p) {
        this(p, new double[p.lineCount]);
    }

    private LagrangianBound(OrderProblem p, double[] lambda) {
        this.p = p;
        this.lambda = lambda;
        phi = new double[p.nodeCount];
        counted = new boolean[p.nodeCount];
        load = new double[p.nodeCount][p.lineCount];
        order = new int[p.lineCount];
        ratio = new double[p.lineCount];
        tailOrder = new int[p.lineCount];
        tailRatio = new double[p.lineCount];
    }

    /** Subgradient optimisation of the multipliers, aiming at {@code upper} (the incumbent's cost). */
    static LagrangianBound compute(OrderProblem p, double upper, int iterations) {
        return compute(p, upper, iterations, null);
    }

    /**
     * Starting from the multipliers {@code start} (null: the incumbent's average cost per unit
     * for every line). A plan's cost per unit of each line (see {@link LinePrices#unitCosts}) is a much
     * better start, so fewer steps reach the same bound.
     */
    static LagrangianBound compute(OrderProblem p, double upper, int iterations, double[] start) {
        return compute(p, upper, iterations, start, false);
    }

    /**
     * The bound of the plans that ship from every node of p (a node set solved exactly): each
     * node's phi counts even when positive, which makes it far tighter than the order's bound
     * for a large set. Valid for those plans only.
     */
    static LagrangianBound everyNodeShips(OrderProblem p, double upper, int iterations, double[] start) {
        return compute(p, upper, iterations, start, true);
    }

    /** As above, the steps aimed at {@code upper} but stopping once the bound reaches {@code enough} (<= upper). */
    static LagrangianBound everyNodeShips(OrderProblem p, double upper, double enough, int iterations, double[] start) {
        return compute(p, upper, iterations, start, true, false, enough);
    }

    /**
     * The last certification of an order out of time: as {@link #compute(OrderProblem, double, int, double[])},
     * stopping early when the order's whole time budget has passed.
     */
    static LagrangianBound certify(OrderProblem p, double upper, int iterations, double[] start) {
        return compute(p, upper, iterations, start, false, true, upper);
    }

    private static LagrangianBound compute(OrderProblem p, double upper, int iterations, double[] start, boolean allOpen) {
        return compute(p, upper, iterations, start, allOpen, false, upper);
    }

    private static LagrangianBound compute(OrderProblem p, double upper, int iterations, double[] start, boolean allOpen,
                                           boolean timed, double enough) {
        LagrangianBound lb = new LagrangianBound(p);
        lb.allOpen = allOpen;
        double[] bestLambda = new double[p.lineCount];
        double[] bestPhi = new double[p.nodeCount];
        for (int l = 0; l < p.lineCount; l++) {
            lb.lambda[l] = Math.min(p.backorderPenalty, start != null ? start[l] : upper / Math.max(1, p.totalUnits));
        }
        double step = 1.0;
        int stale = 0;
        double[] g = new double[p.lineCount]; // with deflection: the last step's direction
        double[] shipped = new double[p.lineCount];
        double alpha = p.lineCount >= OrderOptimizer.LARGE_ORDER_LINES ? DEFLECTION : 0;
        for (int it = 0; it < iterations; it++) {
            double v = lb.evaluate();
            if (v > lb.value + 1e-9) {
                lb.value = v;
                lb.constant = lb.currentConstant();
                System.arraycopy(lb.lambda, 0, bestLambda, 0, bestLambda.length);
                System.arraycopy(lb.phi, 0, bestPhi, 0, bestPhi.length);
                stale = 0;
            } else if (++stale >= STALE) {
                step /= 2;
                stale = 0;
            }
            if (v >= Math.min(upper, enough) - ExactOrderSolver.EPS || step < MIN_STEP || timed && it >= MIN_CERTIFY_STEPS && (it & 7) == 7 && OrderDeadline.certifyPassed()) {
                break;
            }
            double norm = Subgradient.deflected(p.qty, p.backorderPenalty, lb.lambda, g, lb.counted, lb.load,
                    p.lineCount, p.nodeCount, alpha, shipped);
            if (norm < 1e-12) {
                break;
            }
            double t = step * (upper - v) / norm;
            for (int l = 0; l < p.lineCount; l++) {
                lb.lambda[l] = Math.min(p.backorderPenalty, lb.lambda[l] + t * g[l]);
            }
        }
        System.arraycopy(bestLambda, 0, lb.lambda, 0, bestLambda.length);
        System.arraycopy(bestPhi, 0, lb.phi, 0, bestPhi.length);
        return lb;
    }

    /**
     * What a unit of line l shipped by node n costs in the relaxation: its pick, plus the price
     * a wave puts on the node's stock of that sku ({@link WaveBound}), less the line's multiplier.
     */
    private double unitValue(int n, int l) {
        return p.pick[n] + (extraPick == null ? 0 : extraPick[n][l]) - lambda[l];
    }

    /**
     * For a wave's bound: a relaxation of this order whose units and shipments carry the prices
     * {@code extraPick[n][l]} and {@code extraHandling[n]} (arrays the caller updates between
     * evaluations), at multipliers {@code lambda} (the caller's, updated in place).
     */
    static LagrangianBound priced(OrderProblem p, double[] lambda, double[][] extraPick, double[] extraHandling) {
        LagrangianBound lb = new LagrangianBound(p, lambda);
        lb.extraPick = extraPick;
        lb.extraHandling = extraHandling;
        return lb;
    }

    /** The relaxation's value at the current multipliers and prices; leaves each node's phi and load for subgradients. */
    double evaluateAtCurrent() {
        return evaluate();
    }

    /** The load (fractional units per line) node n takes at the last evaluation. */
    double[] loadOf(int n) {
        return load[n];
    }

    private double currentConstant() {
        double c = 0;
        for (int l = 0; l < p.lineCount; l++) {
            c += lambda[l] * p.qty[l];
        }
        return c;
    }

    /**
     * L(lambda): the constant plus each node's phi that a plan can collect: every negative one,
     * or, when the order may ship from at most k nodes and more than k are negative, the k most
     * negative (a plan has at most k shipments; without this an order capped at 2 shipments was
     * bounded 43 % under its cost). Marks the nodes counted, whose loads make the subgradient.
     */
    private double evaluate() {
        double v = currentConstant();
        int negative = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            phi[n] = nodeValue(n);
            counted[n] = phi[n] < 0 || allOpen;
            negative += phi[n] < 0 ? 1 : 0;
        }
        if (!allOpen && negative > p.maxShipments) {
            keepMostNegative(p.maxShipments);
        }
        for (int n = 0; n < p.nodeCount; n++) {
            if (counted[n]) {
                v += phi[n];
            }
        }
        return v;
    }

    private void keepMostNegative(int k) {
        int[] byPhi = new int[p.nodeCount];
        int count = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            if (phi[n] < 0) {
                byPhi[count++] = n;
            }
        }
        IndexSort.byKey(byPhi, phi, count);
        for (int i = 0; i < count; i++) {
            counted[byPhi[i]] = i < k;
        }
    }

    /** Whether node n's phi counts in the last evaluation (its load then makes the subgradient). */
    boolean counted(int n) {
        return counted[n];
    }

    /** Lower bound of phi_n(lambda); leaves the minimising (fractional) load in load[n]. */
    private double nodeValue(int n) {
        RateTable t = p.rates;
        int z = p.zone[n];
        int count = 0;
        for (int l = 0; l < p.lineCount; l++) {
            double c = unitValue(n, l);
            if (p.avail[n][l] > 0 && c < 0) {
                double kg = RateTable.toKg(p.weight[l]);
                ratio[l] = kg > 0 ? c / kg : Double.NEGATIVE_INFINITY;
                order[count++] = l;
            }
        }
        IndexSort.byKey(order, ratio, count);
        // the fractional knapsack of a larger cap extends that of a smaller one: one pass serves every break
        double best = Double.POSITIVE_INFINITY;
        int bestBreak = -1;
        int i = 0;
        double usedKg = 0;
        double value = 0;
        for (int j = 0; j < t.breakCount(); j++) {
            double cap = RateTable.toKg(t.breakAt(j));
            while (i < count) {
                int l = order[i];
                double kg = RateTable.toKg(p.weight[l]);
                double all = kg * p.avail[n][l];
                if (usedKg + all > cap) {
                    break;
                }
                usedKg += all;
                value += unitValue(n, l) * p.avail[n][l];
                i++;
            }
            double v = value;
            if (i < count) {
                int l = order[i];
                double kg = RateTable.toKg(p.weight[l]);
                v += unitValue(n, l) * (cap - usedKg) / kg;
            }
            v += t.priceAt(z, j);
            if (v < best) {
                best = v;
                bestBreak = j;
            }
        }
        double[] x = load[n];
        Arrays.fill(x, 0);
        // the tail's load written as it is valued: computing the value, then again for the load, was
        // the same sort and sums twice whenever the tail was the least
        double tail = tailValue(n, x);
        if (tail < best) {
            best = tail;
        } else {
            Arrays.fill(x, 0);
            fill(n, count, RateTable.toKg(t.breakAt(bestBreak)), x);
        }
        return p.handling[n] + (extraHandling == null ? 0 : extraHandling[n]) + best;
    }

    /**
     * Least "rate + sum (pick - lambda) x" on the tail's line, price(last) + perKg (w - last).
     * On small orders it is taken for any load (below the last break the line is under the real
     * rate, so this stays a lower bound). On large orders the load is floored at the last break:
     * when the units of negative value weigh less, the cheapest further weight per kg is added
     * (fractionally), which is tighter. Measured: the floor lowered the 40-line orders' cost
     * against SCIP's optima from +1.3 % to +1.2 % and tightened their certified gaps, but on
     * small orders it changed the subgradient's path so that one 19-line order of the benchmark
     * went unproven after 5,000,000 visits (proven in 0.3 s without). A wave's relaxations keep
     * the floor at every size (they drive no search). Fills {@code x} when not null.
     */
    private double tailValue(int n, double[] x) {
        RateTable t = p.rates;
        int z = p.zone[n];
        int last = t.breakCount() - 1;
        double pi = t.perKgAboveMax(z);
        double lastKg = RateTable.toKg(t.breakAt(last));
        double value = t.priceAt(z, last) - pi * lastKg;
        double kgIn = 0;
        int rest = 0;
        for (int l = 0; l < p.lineCount; l++) {
            if (p.avail[n][l] == 0) {
                continue;
            }
            double kg = RateTable.toKg(p.weight[l]);
            double c = unitValue(n, l) + pi * kg;
            if (c < 0) {
                value += c * p.avail[n][l];
                kgIn += kg * p.avail[n][l];
                if (x != null) {
                    x[l] = p.avail[n][l];
                }
            } else if (kg > 0) {
                tailRatio[l] = c / kg;
                tailOrder[rest++] = l;
            }
        }
        // a wave's relaxations (extraPick set) keep the floor whatever the size: without it the
        // bound of a two-order scarce wave fell 8 % under its proven optimum (BatchAndExplanationTest)
        if (kgIn >= lastKg || (extraPick == null && p.lineCount < OrderOptimizer.LARGE_ORDER_LINES)) {
            return value;
        }
        IndexSort.byKey(tailOrder, tailRatio, rest);
        double missing = lastKg - kgIn;
        for (int i = 0; i < rest && missing > 1e-12; i++) {
            int l = tailOrder[i];
            double kg = RateTable.toKg(p.weight[l]);
            double units = Math.min(p.avail[n][l], missing / kg);
            value += units * kg * tailRatio[l];
            missing -= units * kg;
            if (x != null) {
                x[l] = units;
            }
        }
        return missing > 1e-9 ? Double.POSITIVE_INFINITY : value;
    }

    /** Fractional knapsack: the most negative value packable within {@code capKg}. */
    private double fill(int n, int count, double capKg, double[] x) {
        double left = capKg;
        double value = 0;
        for (int i = 0; i < count; i++) {
            int l = order[i];
            double kg = RateTable.toKg(p.weight[l]);
            double c = unitValue(n, l);
            double units = kg > 0 ? Math.min(p.avail[n][l], left / kg) : p.avail[n][l];
            value += c * units;
            left -= units * kg;
            if (x != null) {
                x[l] = units;
            }
            if (left <= 1e-12 && kg > 0) {
                break;
            }
        }
        return value;
    }
}

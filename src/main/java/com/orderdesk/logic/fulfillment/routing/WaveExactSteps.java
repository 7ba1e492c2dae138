package com.orderdesk.logic.fulfillment.routing;

/**
 * The exact part of the wave's bound ({@link WaveBound}): the Lagrangian at the relaxation's best
 * prices with each order's term solved on the order itself, then subgradient steps on the prices.
 */
final class WaveExactSteps {
    private static final boolean TRACE = Boolean.getBoolean("wave.trace");
    /** Search visits per order and stage in the exact re-evaluation. */
    private static final long EXACT_VISITS = Long.getLong("wave.exactVisits", 20_000);
    /** Search visits per stage for an order that did not settle in an earlier pass (it rarely does in a later one). */
    private static final long RETRY_VISITS = 3_000;
    /** The exact steps' first step size (relative to Polyak's), halved after this many passes without a better value. */
    private static final double EXACT_FIRST_STEP = 0.25;
    private static final int EXACT_STALE = 3;
    /** Below this step size (8 halvings) the exact steps stop before their time is up. */
    private static final double EXACT_MIN_STEP = 1e-3;
    /** The steps aim at best + this share of (upper - best) (Polyak's target; 1: the plan's cost). */
    private static final double TARGET = Double.parseDouble(System.getProperty("wave.exactTarget", "1"));

    private final WaveBound w;
    /** The last exact pass: orders not settled, and how far their plans found lie above their terms. */
    int lastUnsettled;
    double lastGap;

    WaveExactSteps(WaveBound w) {
        this.w = w;
    }

    /**
     * The Lagrangian with each order's term taken as the optimum of its priced problem
     * ({@link OrderProblem#priced}) where {@link PricedOrderSearch} settles it: the relaxation
     * {@link LagrangianBound} only under-estimates that optimum (it mixes a node's loads across the
     * weight breaks), so each such term can only rise. Started from the best prices the relaxation
     * reached, then subgradient steps on the stock and shipment prices from the exact plans' usage,
     * until the deadline (at least one pass). An order not settled keeps the best proven lower bound
     * of its term ({@link #exactPass}). Any prices give a valid bound; the best value is returned.
     */
    double run(double upper, long deadline) {
        System.arraycopy(w.bestMu, 0, w.mu, 0, w.mu.length);
        System.arraycopy(w.bestNu, 0, w.nu, 0, w.nu.length);
        w.reprice();
        double[] usage = new double[w.stock.length];
        double[] opens = new double[w.capacity.length];
        double[] bestAt = new double[w.problems.length];
        double[] terms = new double[w.problems.length];
        double best = exactPass(null, null, null, bestAt, usage, opens, deadline);
        double[] muAt = w.mu.clone();
        double[] nuAt = w.nu.clone();
        double step = EXACT_FIRST_STEP;
        int stale = 0;
        double value = best;
        while (true) {
            double norm = WaveBound.squares(usage) + WaveBound.squares(opens);
            if (best >= upper - ExactOrderSolver.EPS || norm < 1e-12 || step < EXACT_MIN_STEP || WaveClock.now() >= deadline) {
                break;
            }
            double target = best + TARGET * (upper - best);
            double t = step * Math.max(target - value, 1e-6 * Math.abs(upper)) / norm;
            for (int k = 0; k < w.stock.length; k++) {
                w.mu[k] = Math.max(0, w.mu[k] + t * usage[k]);
            }
            for (int n = 0; n < w.capacity.length; n++) {
                w.nu[n] = Math.max(0, w.nu[n] + t * opens[n]);
            }
            w.reprice();
            value = exactPass(bestAt, muAt, nuAt, terms, usage, opens, deadline);
            if (value > best + 1e-9) {
                best = value;
                w.bestMu = w.mu.clone();
                w.bestNu = w.nu.clone();
                System.arraycopy(terms, 0, bestAt, 0, terms.length);
                System.arraycopy(w.mu, 0, muAt, 0, w.mu.length);
                System.arraycopy(w.nu, 0, nuAt, 0, w.nu.length);
                stale = 0;
            } else if (++stale >= EXACT_STALE) {
                step /= 2;
                stale = 0;
            }
        }
        return Math.max(0, best);
    }

    /** One exact pass at w's current prices (w.bestTerms: valid terms at them, kept where no search settles). */
    double pass(long deadline) {
        return exactPass(null, null, null, new double[w.problems.length], new double[w.stock.length], new double[w.capacity.length],
                deadline);
    }

    /**
     * One exact pass at the current prices: each order's priced optimum where its search settles,
     * else the largest of its relaxed term, its own bound at the prices ({@link PricedOrderSearch})
     * and its term at the best prices so far carried over ({@link #carried}; {@code before} null on
     * the first pass). Orders the deadline leaves unsearched keep the larger of the last two. Fills
     * {@code terms}, and {@code usage} and {@code opens} with the subgradient of the shared rows.
     */
    private double exactPass(double[] before, double[] muBefore, double[] nuBefore, double[] terms, double[] usage,
                             double[] opens, long deadline) {
        boolean first = before == null;
        java.util.Arrays.fill(usage, 0);
        java.util.Arrays.fill(opens, 0);
        double value = 0;
        int unsettledCount = 0;
        double gap = 0;
        for (int o = 0; o < w.problems.length; o++) {
            OrderProblem p = w.problems[o];
            double term = first ? w.bestTerms[o] : Math.max(w.relaxations[o].evaluateAtCurrent(), w.floor[o]);
            int[][] x = null;
            boolean settled = false;
            if (WaveClock.now() < deadline || first && o == 0) {
                long visits = w.unsettled[o] ? RETRY_VISITS : EXACT_VISITS;
                PricedOrderSearch.Outcome r = PricedOrderSearch.solve(p, w.extraPick[o], w.extraHandling[o], w.lambda[o], w.seeds[o], visits);
                w.unsettled[o] = !r.proven();
                settled = r.proven();
                if (r.proven() && r.cost() >= term) {
                    term = r.cost();
                    x = r.x();
                } else {
                    term = Math.max(term, r.lowerBound());
                    unsettledCount += r.proven() ? 0 : 1;
                    gap += r.proven() ? 0 : r.cost() - term;
                }
            }
            if (!first && !settled) {
                // not settled now (or not searched before the deadline): its term at the best prices, carried over
                term = Math.max(term, carried(o, before[o], muBefore, nuBefore));
            }
            terms[o] = term;
            value += term;
            for (int n = 0; n < p.nodeCount; n++) {
                boolean ships = false;
                for (int l = 0; l < p.lineCount; l++) {
                    double q = x != null ? x[n][l] : w.relaxations[o].counted(n) ? w.relaxations[o].loadOf(n)[l] : 0;
                    if (q > 0 && w.stockKey[o][n][l] >= 0) {
                        usage[w.stockKey[o][n][l]] += q;
                        ships = true;
                    }
                }
                opens[p.node[n]] += ships ? 1 : 0;
            }
        }
        value -= w.linkingRows(usage, opens);
        lastUnsettled = unsettledCount;
        lastGap = gap;
        if (TRACE) {
            System.err.printf("bound exact pass: %.2f, unsettled %d (their plans %.2f above), cpu %.2f s%n", value, unsettledCount, gap,
                    WaveClock.now() / 1e9);
        }
        return value;
    }

    /**
     * Order o's term at the current prices from a valid one ({@code term}) at other prices: every
     * plan's priced cost falls by at most what the prices that fell take off the units and
     * shipments it can have (a node's stock of the line, one shipment per node), and no price
     * that rose lowers it.
     */
    private double carried(int o, double term, double[] muBefore, double[] nuBefore) {
        OrderProblem p = w.problems[o];
        for (int n = 0; n < p.nodeCount; n++) {
            boolean any = false;
            for (int l = 0; l < p.lineCount; l++) {
                int k = w.stockKey[o][n][l];
                if (k >= 0) {
                    any = true;
                    term -= Math.max(0, muBefore[k] - w.mu[k]) * p.avail[n][l];
                }
            }
            if (any) {
                term -= Math.max(0, nuBefore[p.node[n]] - w.nu[p.node[n]]);
            }
        }
        return term;
    }
}

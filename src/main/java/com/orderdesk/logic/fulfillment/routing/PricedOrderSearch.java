package com.orderdesk.logic.fulfillment.routing;

/**
 * An order's term in the wave's bound ({@link WaveBound}): the optimum of the order with the
 * wave's prices on stock and shipments ({@link OrderProblem#priced}), or, when that is not proven
 * within the visits, a proven lower bound of it.
 *
 * <p>The line search alone ({@link ExactOrderSolver}) left 249-386 of the 1,000-order wave's
 * priced searches unsettled at 20,000 visits; their relaxed terms were 4.3 % under the priced plans
 * found (141,653 against 147,722 over 290 orders). So, as the unpriced router does, an order the
 * quick search does not settle gets its own Lagrangian at the prices (multipliers stepped from
 * the wave's own for the order, aimed at the best priced plan found), then the same relaxation
 * with whole units under each weight break ({@link LevelBound}, which sees the prices; it is at
 * least as high, and on the 1,000-order wave it raised the bound's exact pass by a further 230):
 * the better of the two is the order's term when it does not prove the plan, and each node it
 * shows cannot belong to a cheaper plan (its value alone lifts the bound to the plan) is removed
 * before the line search runs again on the rest. The wave's own plan of the order is a seed.
 * The node-set search is not used: its set bounds and break-first placement do not see the prices.
 */
final class PricedOrderSearch {
    private static final int STEPS = 80;
    /** Level relaxations the splits of an unsettled order may evaluate (0: no splits). */
    private static final int SPLIT_EVALUATIONS = Integer.getInteger("wave.splits", 300);
    private static final int LEVEL_STEPS = Integer.getInteger("wave.levelSteps", 60);
    private static final int STALE = 10;
    private static final double MIN_STEP = 1e-3;

    /** A priced plan and its cost (x null: none found), whether proven optimal, and a proven lower bound of the priced optimum. */
    record Outcome(int[][] x, double cost, boolean proven, double lowerBound) {
    }

    private PricedOrderSearch() {
    }

    /**
     * The priced optimum of {@code p} (unpriced; {@code extra[n][l]} per unit and {@code handling[n]}
     * per shipment added), searched within {@code visits} per stage from the seeds and {@code seed}
     * (null: none; an assignment of p), with {@code lambda} (per line, not changed) as the first multipliers.
     */
    static Outcome solve(OrderProblem p, double[][] extra, double[] handling, double[] lambda, int[][] seed, long visits) {
        OrderProblem priced = p.priced(extra, handling);
        if (p.shipComplete) {
            SolveResult least = null;
            for (SolveResult r : ShipCompleteSolver.plans(priced)) {
                double c = priced.cost(r.x());
                if (least == null || c < least.cost()) {
                    least = new SolveResult(r.x(), c, true);
                }
            }
            return new Outcome(least.x(), least.cost(), true, least.cost());
        }
        // the line search from the seeds first, as before this class: most orders settle in it, and
        // with the same plan (ties included) as before, so the exact steps' path is unchanged
        ExactOrderSolver quick = new ExactOrderSolver(priced, visits);
        SolveResult best = quick.solve();
        if (!quick.aborted() && best.x() != null) {
            return new Outcome(best.x(), best.cost(), true, best.cost());
        }
        if (seed != null && (best.x() == null || priced.cost(seed) < best.cost())) {
            best = new SolveResult(seed, priced.cost(seed), false);
        }
        double[] mult = lambda.clone();
        LagrangianBound lb = LagrangianBound.priced(p, mult, extra, handling);
        double bound = ascend(p, lb, mult, best.cost());
        double[] phi = lb.phi;
        // the same relaxation with whole units under each break (LevelBound): at least as high
        LevelBound levels = new LevelBound(priced);
        double[] lm = mult.clone();
        double b = ascendLevels(priced, levels, lm, best.cost());
        double levelRoot = b;
        if (b > bound) {
            bound = b;
            phi = levels.phi;
        }
        double limit = best.cost() - ExactOrderSolver.EPS;
        if (bound >= limit) {
            return new Outcome(best.x(), best.cost(), true, best.cost());
        }
        int kept = 0;
        int[] keep = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            // forcing n open adds its phi (or drops a negative one under a shipment cap): at least bound + phi
            if (phi[n] < 0 || bound + phi[n] < limit) {
                keep[kept++] = n;
            }
        }
        if (kept == p.nodeCount) {
            return unsettled(priced, best, bound, lm, levelRoot);
        }
        keep = java.util.Arrays.copyOf(keep, kept);
        OrderProblem q = priced.restrictedTo(keep, priced.maxShipments);
        ExactOrderSolver rest = new ExactOrderSolver(q, visits);
        SolveResult r = rest.solveBelow(best.cost());
        if (rest.aborted()) {
            return unsettled(priced, best, bound, lm, levelRoot);
        }
        if (r.x() == null || r.cost() >= best.cost()) {
            return new Outcome(best.x(), best.cost(), true, best.cost());
        }
        int[][] x = priced.emptyAssignment();
        for (int i = 0; i < kept; i++) {
            x[keep[i]] = r.x()[i].clone();
        }
        return new Outcome(x, priced.cost(x), true, priced.cost(x));
    }

    /** An order not settled: its plan with the better of {@code bound} and the level splits' bound. */
    private static Outcome unsettled(OrderProblem priced, SolveResult best, double bound, double[] lm, double levelRoot) {
        if (SPLIT_EVALUATIONS > 0) {
            bound = Math.max(bound, PricedLevelSplits.bound(priced, lm, levelRoot, best.cost(), SPLIT_EVALUATIONS));
        }
        return new Outcome(best.x(), best.cost(), bound >= best.cost() - ExactOrderSolver.EPS, bound);
    }

    /**
     * Subgradient steps on the order's multipliers ({@code mult}, updated in place to the best
     * found) aimed at {@code upper}; returns the best value, with {@code lb}'s phi left at it.
     */
    private static double ascend(OrderProblem p, LagrangianBound lb, double[] mult, double upper) {
        double best = Double.NEGATIVE_INFINITY;
        double[] bestMult = mult.clone();
        double[] g = new double[p.lineCount];
        double step = 1.0;
        int stale = 0;
        for (int it = 0; it < STEPS && step >= MIN_STEP; it++) {
            double v = lb.evaluateAtCurrent();
            if (v > best + 1e-9) {
                best = v;
                System.arraycopy(mult, 0, bestMult, 0, mult.length);
                stale = 0;
            } else if (++stale >= STALE) {
                step /= 2;
                stale = 0;
            }
            if (v >= upper - ExactOrderSolver.EPS) {
                break;
            }
            if (!Subgradient.step(p, mult, g, lb::counted, lb::loadOf, step, upper - v)) {
                break;
            }
        }
        System.arraycopy(bestMult, 0, mult, 0, mult.length);
        return lb.evaluateAtCurrent();
    }

    /** As {@link #ascend}, on the level relaxation of the priced order, every node free to close or ship at any level. */
    private static double ascendLevels(OrderProblem q, LevelBound lb, double[] mult, double upper) {
        int[] lo = new int[q.nodeCount];
        int[] hi = new int[q.nodeCount];
        java.util.Arrays.fill(lo, LevelBound.CLOSED);
        java.util.Arrays.fill(hi, lb.tail());
        double best = Double.NEGATIVE_INFINITY;
        double[] bestMult = mult.clone();
        double[] g = new double[q.lineCount];
        double step = 0.5;
        int stale = 0;
        for (int it = 0; it < LEVEL_STEPS && step >= MIN_STEP; it++) {
            double v = lb.evaluate(mult, lo, hi);
            if (v > best + 1e-9) {
                best = v;
                System.arraycopy(mult, 0, bestMult, 0, mult.length);
                stale = 0;
            } else if (++stale >= STALE) {
                step /= 2;
                stale = 0;
            }
            if (v >= upper - ExactOrderSolver.EPS) {
                break;
            }
            if (!Subgradient.step(q, mult, g, n -> lb.counted[n], n -> lb.load[n], step, upper - v)) {
                break;
            }
        }
        System.arraycopy(bestMult, 0, mult, 0, mult.length);
        return lb.evaluate(mult, lo, hi);
    }

}

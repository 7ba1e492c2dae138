package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The routing's other bounds that compare sums of kg (doubles) with a weight break, on small orders
 * whose loads fill breaks exactly with decimal kg ({@link ExactBreakOrders}; the leaf's Lagrangian has
 * its own, {@link LeafBoundExactBreakTest}). Against brute force: the level-range Lagrangian
 * ({@link LevelBound}: its fractional knapsack per break, {@code usedKg + all > cap}, and the
 * whole-unit knapsack it rises to when that splits a unit), the root Lagrangian
 * ({@link LagrangianBound}), the pair classes' bounds ({@link PairBound}, {@link PairLevels}); and
 * every search that prunes with them and with the floor-and-shortage bound ({@link PlacementBound})
 * must end at the optimum, proven.
 */
class ExactBreakBoundsTest {
    private static final int SEEDS = 300;

    @Test
    void theLevelBoundNeverExceedsTheCheapestPlanWithinItsRanges() {
        long[] limits = {0, UnitKnapsack.MAX_VISITS};
        int checked = 0;
        int exactFills = 0;
        int overByResidue = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 47);
            for (OrderProblem p : ExactBreakOrders.enumerable(seed, 50_000)) {
                int tail = p.rates.breakCount();
                LevelBound bound = new LevelBound(p);
                for (int trial = 0; trial < 6; trial++) {
                    // ranges around the levels of loads that fill a break exactly (mostly), or any
                    int[] at = ExactBreakOrders.levels(p, r);
                    int[] lo = new int[p.nodeCount];
                    int[] hi = new int[p.nodeCount];
                    for (int n = 0; n < p.nodeCount; n++) {
                        boolean wide = trial == 0 || r.nextInt(4) == 0;
                        lo[n] = wide ? LevelBound.CLOSED : r.nextBoolean() ? at[n] : Math.max(LevelBound.CLOSED, at[n] - 1);
                        hi[n] = wide ? tail : r.nextBoolean() ? at[n] : Math.min(tail, at[n] + 1);
                        exactFills += ExactBreakOrders.fillsABreak(p, n) ? 1 : 0;
                        overByResidue += ExactBreakOrders.looksOverItsBreak(p, n) ? 1 : 0;
                    }
                    double[] least = {Double.POSITIVE_INFINITY};
                    LagrangianBranchAndBoundTest.enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                    for (int m = 0; m < 4; m++) {
                        double[] lambda = new double[p.lineCount];
                        for (int l = 0; l < p.lineCount; l++) {
                            lambda[l] = Math.min(p.backorderPenalty, r.nextDouble() * p.backorderPenalty * 1.2 - 0.1 * p.backorderPenalty);
                        }
                        for (long limit : limits) {
                            bound.knapsackVisits(limit);
                            double v = bound.evaluate(lambda, lo, hi);
                            assertThat(v).as("seed %d order %s ranges %s..%s lambda %s knapsack visits %d", seed, p.order.id(),
                                    Arrays.toString(lo), Arrays.toString(hi), Arrays.toString(lambda), limit)
                                    .isLessThanOrEqualTo(least[0] + 1e-6);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
        assertThat(exactFills).as("nodes whose stock can fill a break exactly").isGreaterThan(1_000);
        assertThat(overByResidue).as("nodes with an exact fill whose kg sum comes out above the break").isGreaterThan(50);
    }

    @Test
    void theRootAndPairBoundsNeverExceedTheCheapestPlansTheyBound() {
        int pairs = 0;
        int roots = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (OrderProblem p : ExactBreakOrders.enumerable(seed, 50_000)) {
                int nodes = p.nodeCount;
                int breaks = p.rates.breakCount();
                double[][][][] least = new double[nodes][nodes][breaks + 1][breaks + 1];
                for (double[][][] a : least) {
                    for (double[][] b : a) {
                        for (double[] c : b) {
                            Arrays.fill(c, Double.POSITIVE_INFINITY);
                        }
                    }
                }
                double[] optimum = {p.cost(p.emptyAssignment())};
                PairSearchTest.enumerate(p, p.emptyAssignment(), 0, least, optimum);
                String what = "seed " + seed + " order " + p.order.id();
                // the subgradient's steps from a poor and from a tight target: every step's value is a bound
                for (double upper : new double[] {optimum[0], p.cost(p.emptyAssignment()) + 10}) {
                    LagrangianBound root = LagrangianBound.compute(p, upper, 200);
                    assertThat(root.value).as(what).isLessThanOrEqualTo(optimum[0] + 1e-6);
                    roots++;
                }
                if (!PairSearch.applies(p)) {
                    continue;
                }
                PairBound pb = new PairBound(p);
                PairLevels pl = new PairLevels(p);
                for (int a = 0; a < nodes; a++) {
                    for (int b = a; b < (p.maxShipments >= 2 ? nodes : a + 1); b++) {
                        double classLeast = Double.POSITIVE_INFINITY;
                        for (double[] row : least[a][b]) {
                            for (double v : row) {
                                classLeast = Math.min(classLeast, v);
                            }
                        }
                        assertThat(pb.bound(a, b, p.emptyAssignment())).as("%s class %d,%d", what, a, b)
                                .isLessThanOrEqualTo(classLeast + 1e-6);
                        for (int la : pl.levels(a)) {
                            for (int lb : a == b ? new int[] {la} : pl.levels(b)) {
                                int[][] y = p.emptyAssignment();
                                assertThat(pl.bound(a, la, b, lb, y)).as("%s class %d,%d levels %d,%d", what, a, b, la, lb)
                                        .isLessThanOrEqualTo(least[a][b][la][lb] + 1e-6);
                                if (pl.planned) {
                                    assertThat(p.cost(y)).as("its plan is a plan").isLessThan(Double.POSITIVE_INFINITY);
                                }
                                pairs++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(roots).isGreaterThan(500);
        assertThat(pairs).isGreaterThan(2_000);
    }

    /**
     * The searches that prune with these bounds, from a poor incumbent: the branch-and-bound on the
     * Lagrangian (its leaves pruned by {@link LeafBound}), the node-set search (by {@link PlacementBound}),
     * the optimizer's stages with a one-visit quick search, the pair search; and the router against
     * {@link ReferenceModel}'s independent brute force.
     */
    @Test
    void everySearchEndsAtTheBruteForceOptimum() {
        FulfillmentRouter router = new FulfillmentRouter(10_000_000, 1, 2_000);
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (OrderProblem p : ExactBreakOrders.enumerable(seed, 50_000)) {
                String what = "seed " + seed + " order " + p.order.id();
                double[] least = {Double.POSITIVE_INFINITY};
                int[] lo = new int[p.nodeCount];
                int[] hi = new int[p.nodeCount];
                Arrays.fill(lo, LevelBound.CLOSED);
                Arrays.fill(hi, p.rates.breakCount());
                LagrangianBranchAndBoundTest.enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                double poor = Math.max(p.cost(p.emptyAssignment()), least[0] + 1);
                LagrangianBranchAndBound.Outcome out = LagrangianBranchAndBound.prove(p, poor, new double[p.lineCount], 10_000_000);
                assertThat(out.proven()).as(what).isTrue();
                assertThat(out.cost()).as(what).isCloseTo(least[0], within(1e-6));
                assertThat(out.lowerBound()).as(what).isLessThanOrEqualTo(least[0] + 1e-6);
                SolveResult nodeSets = NodeSetSearch.optimum(p, Long.MAX_VALUE);
                assertThat(nodeSets.optimal()).as(what).isTrue();
                assertThat(nodeSets.cost()).as(what).isCloseTo(least[0], within(1e-6));
                SolveResult staged = OrderOptimizer.optimum(p, 10_000_000, 1);
                assertThat(staged.optimal()).as(what).isTrue();
                assertThat(staged.cost()).as(what).isCloseTo(least[0], within(1e-6));
                if (PairSearch.applies(p)) {
                    SolveResult pair = PairSearch.solve(p, new SolveResult(p.emptyAssignment(), p.cost(p.emptyAssignment()), false), 10_000_000);
                    assertThat(pair.optimal()).as(what).isTrue();
                    assertThat(pair.cost()).as(what).isCloseTo(least[0], within(1e-6));
                }
                checked++;
            }
            Scenario s = ExactBreakOrders.scenario(seed);
            RoutingPlan plan = router.route(s, RoutingMode.INDEPENDENT);
            Map<String, Integer> avail = ReferenceModel.available(s);
            Network net = new Network(s);
            for (int i = 0; i < s.orders().size(); i++) {
                RoutingOrder o = s.orders().get(i);
                if (ReferenceModel.assignments(OrderProblem.of(net, o, net.newStock(false))) > 10_000) {
                    continue;
                }
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(plan.orders().get(i).cost()).as("seed %d order %s, routed", seed, o.id()).isCloseTo(best, within(0.005));
                assertThat(plan.orders().get(i).optimal()).isTrue();
            }
            RouterAgainstBruteForceTest.checkConstraints(s, plan, false);
        }
        assertThat(checked).isGreaterThan(300);
    }
}

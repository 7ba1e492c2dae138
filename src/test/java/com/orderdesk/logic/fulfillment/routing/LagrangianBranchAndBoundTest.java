package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The branch-and-bound on the order's Lagrangian ({@link LagrangianBranchAndBound}, the last stage
 * of large orders) and its bound with nodes held to level ranges ({@link LevelBound}), against
 * every assignment of small random orders: the bound never exceeds the cheapest plan within the
 * ranges, whatever the multipliers; and the search, given a poor incumbent, ends at the optimum,
 * proven, with its lower bound never above it; and a relaxation rounded to a plan
 * ({@link RelaxationRounding}) is a real plan over the nodes the bound counts.
 */
class LagrangianBranchAndBoundTest {

    @Test
    void theBoundWithLevelRangesNeverExceedsTheCheapestPlanWithinThem() {
        int checked = 0;
        int tight = 0;
        for (long seed = 1; seed <= 80; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 17);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                RoutingOrder o = p.order;
                int tail = p.rates.breakCount();
                LevelBound bound = new LevelBound(p);
                for (int trial = 0; trial < 6; trial++) {
                    int[] lo = new int[p.nodeCount];
                    int[] hi = new int[p.nodeCount];
                    for (int n = 0; n < p.nodeCount; n++) {
                        int a = r.nextInt(LevelBound.CLOSED, tail + 1);
                        int b = r.nextInt(LevelBound.CLOSED, tail + 1);
                        lo[n] = trial == 0 ? LevelBound.CLOSED : Math.min(a, b);
                        hi[n] = trial == 0 ? tail : Math.max(a, b);
                    }
                    double[] least = {Double.POSITIVE_INFINITY};
                    enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                    for (int m = 0; m < 5; m++) {
                        double[] lambda = new double[p.lineCount];
                        for (int l = 0; l < p.lineCount; l++) {
                            lambda[l] = r.nextDouble() * p.backorderPenalty * 1.2 - 0.1 * p.backorderPenalty;
                            lambda[l] = Math.min(lambda[l], p.backorderPenalty);
                        }
                        double v = bound.evaluate(lambda, lo, hi);
                        assertThat(v).as("seed %d order %s ranges %s..%s", seed, o.id(), Arrays.toString(lo), Arrays.toString(hi))
                                .isLessThanOrEqualTo(least[0] + 1e-6);
                        tight += v > least[0] - 1e-6 && least[0] < Double.POSITIVE_INFINITY ? 1 : 0;
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
        assertThat(tight).as("bounds equal to the cheapest plan").isGreaterThan(0);
    }

    /**
     * The knapsack's visit limit (UnitKnapsack.MAX_VISITS) only chooses which levels rise to whole
     * units: at any limit, down to knapsacks that give up at once, the bound stays under the
     * cheapest plan, and a larger limit never gives a lower bound at the same multipliers.
     */
    @Test
    void atAnyKnapsackVisitLimitTheBoundStaysUnderTheCheapestPlan() {
        long[] limits = {0, 1, 3, 10, UnitKnapsack.MAX_VISITS};
        int checked = 0;
        int raised = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 23);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                int[] lo = new int[p.nodeCount];
                int[] hi = new int[p.nodeCount];
                Arrays.fill(lo, LevelBound.CLOSED);
                Arrays.fill(hi, p.rates.breakCount());
                double[] least = {Double.POSITIVE_INFINITY};
                enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                LevelBound bound = new LevelBound(p);
                for (int m = 0; m < 4; m++) {
                    double[] lambda = new double[p.lineCount];
                    for (int l = 0; l < p.lineCount; l++) {
                        lambda[l] = r.nextDouble() * p.backorderPenalty;
                    }
                    double previous = Double.NEGATIVE_INFINITY;
                    for (long limit : limits) {
                        bound.knapsackVisits(limit);
                        double v = bound.evaluate(lambda, lo, hi);
                        assertThat(v).as("seed %d order %s limit %d", seed, p.order.id(), limit)
                                .isLessThanOrEqualTo(least[0] + 1e-6);
                        assertThat(v).isGreaterThanOrEqualTo(previous - 1e-9);
                        raised += v > previous + 1e-6 && limit > 0 ? 1 : 0;
                        previous = v;
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
        assertThat(raised).as("bounds a larger limit raised").isGreaterThan(0);
    }

    @Test
    void fromAPoorIncumbentTheSearchEndsAtTheOptimumProven() {
        fromAPoorIncumbent(false);
    }

    /** The same with each leaf's LP tried after its first steps (as over many nodes): a leaf it settles is closed on its word. */
    @Test
    void withTheLeavesLpTriedFirstTheSearchEndsAtTheOptimumProven() {
        fromAPoorIncumbent(true);
    }

    private static void fromAPoorIncumbent(boolean leafLpFirst) {
        int checked = 0;
        for (long seed = 1; seed <= 120; seed++) {
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                RoutingOrder o = p.order;
                double[] least = {Double.POSITIVE_INFINITY};
                int[] lo = new int[p.nodeCount];
                int[] hi = new int[p.nodeCount];
                Arrays.fill(lo, LevelBound.CLOSED);
                Arrays.fill(hi, p.rates.breakCount());
                enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                // the incumbent: everything backordered (or a little above the optimum when that is the optimum)
                int[][] none = p.emptyAssignment();
                double poor = Math.max(p.cost(none), least[0] + 1);
                LagrangianBranchAndBound.Outcome out = LagrangianBranchAndBound.prove(p, poor, new double[p.lineCount], 10_000_000, leafLpFirst);
                assertThat(out.proven()).as("seed %d order %s", seed, o.id()).isTrue();
                assertThat(out.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(least[0], within(1e-6));
                assertThat(out.lowerBound()).isLessThanOrEqualTo(least[0] + 1e-6);
                assertThat(out.x()).as("the search found the plan itself").isNotNull();
                assertThat(p.cost(out.x())).isCloseTo(out.cost(), within(1e-6));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aRoundedRelaxationIsARealPlanOverItsCountedNodes() {
        int checked = 0;
        int atOptimum = 0;
        for (long seed = 1; seed <= 80; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 31);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 100_000)) {
                RoutingOrder o = p.order;
                int[] lo = new int[p.nodeCount];
                int[] hi = new int[p.nodeCount];
                Arrays.fill(lo, LevelBound.CLOSED);
                Arrays.fill(hi, p.rates.breakCount());
                double[] least = {Double.POSITIVE_INFINITY};
                enumerate(p, lo, hi, p.emptyAssignment(), 0, least);
                LevelBound bound = new LevelBound(p);
                for (int m = 0; m < 5; m++) {
                    double[] lambda = new double[p.lineCount];
                    for (int l = 0; l < p.lineCount; l++) {
                        lambda[l] = r.nextDouble() * p.backorderPenalty;
                    }
                    bound.evaluate(lambda, lo, hi);
                    SolveResult plan = RelaxationRounding.round(p, bound.counted, bound.load);
                    if (plan.x() == null) {
                        continue;
                    }
                    for (int l = 0; l < p.lineCount; l++) {
                        int shipped = 0;
                        for (int n = 0; n < p.nodeCount; n++) {
                            assertThat(plan.x()[n][l]).as("seed %d order %s", seed, o.id()).isBetween(0, p.avail[n][l]);
                            assertThat(plan.x()[n][l] == 0 || bound.counted[n]).as("only counted nodes ship").isTrue();
                            shipped += plan.x()[n][l];
                        }
                        assertThat(shipped).isLessThanOrEqualTo(p.qty[l]);
                    }
                    assertThat(plan.cost()).isCloseTo(p.cost(plan.x()), within(1e-9));
                    assertThat(plan.cost()).isGreaterThanOrEqualTo(least[0] - 1e-6);
                    atOptimum += plan.cost() < least[0] + 1e-6 ? 1 : 0;
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(atOptimum).as("rounded plans at the optimum").isGreaterThan(checked / 2);
    }


    /** Every assignment within the stock whose nodes' levels lie in their ranges: the least cost. */
    static void enumerate(OrderProblem p, int[] lo, int[] hi, int[][] x, int cell, double[] least) {
        if (cell == p.nodeCount * p.lineCount) {
            for (int n = 0; n < p.nodeCount; n++) {
                int level = ReferenceModel.levelOf(p, x[n]);
                if (level < lo[n] || level > hi[n]) {
                    return;
                }
            }
            least[0] = Math.min(least[0], p.cost(x));
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, lo, hi, x, cell + 1, least);
        }
        x[n][l] = 0;
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An order with a wave's prices on its stock and shipments ({@link OrderProblem#priced}), the term
 * the wave's bound solves exactly: its cost is the plan's cost plus the prices of the units and
 * shipments it uses, and the exact line search finds the minimum of that over every plan
 * (checked by enumerating every assignment of small random orders).
 */
class PricedOrderTest {

    @Test
    void theExactSearchFindsThePricedMinimumOfEveryPlan() {
        int checked = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 31);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 200_000)) {
                RoutingOrder o = p.order;
                double[][] extra = new double[p.nodeCount][p.lineCount];
                double[] extraHandling = new double[p.nodeCount];
                for (int n = 0; n < p.nodeCount; n++) {
                    extraHandling[n] = r.nextInt(0, 3) * 1.5;
                    for (int l = 0; l < p.lineCount; l++) {
                        extra[n][l] = r.nextInt(0, 4) * 2.75; // up to 8.25 a unit: some lines are better backordered
                    }
                }
                OrderProblem priced = p.priced(extra, extraHandling);
                double[] least = {Double.POSITIVE_INFINITY};
                enumerate(p, priced, extra, extraHandling, p.emptyAssignment(), 0, least);
                ExactOrderSolver exact = new ExactOrderSolver(priced, 10_000_000);
                SolveResult found = exact.solve();
                assertThat(exact.aborted()).isFalse();
                assertThat(found.cost()).as("seed %d, order %s", seed, o.id()).isCloseTo(least[0], within(1e-6));
                assertThat(priced.cost(found.x())).isCloseTo(found.cost(), within(1e-6));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    /**
     * The wave bound's search for an order's term ({@link PricedOrderSearch}) with almost no visits,
     * so that its Lagrangian, its level relaxation and its node reduction decide: a plan it calls
     * proven is the priced minimum of every assignment, its lower bound is never above that minimum,
     * and its plan costs what it says. Fails when the reduction drops a node of every cheapest plan,
     * or when a bound over-counts the prices.
     */
    @Test
    void theWaveTermsSearchNeverClaimsMoreThanThePricedMinimum() {
        int proven = 0;
        int bounded = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 17);
            for (OrderProblem p : ReferenceModel.enumerableOrders(seed, 200_000)) {
                RoutingOrder o = p.order;
                double[][] extra = new double[p.nodeCount][p.lineCount];
                double[] extraHandling = new double[p.nodeCount];
                for (int n = 0; n < p.nodeCount; n++) {
                    extraHandling[n] = r.nextInt(0, 3) * 1.5;
                    for (int l = 0; l < p.lineCount; l++) {
                        extra[n][l] = r.nextInt(0, 4) * 2.75;
                    }
                }
                OrderProblem priced = p.priced(extra, extraHandling);
                double[] least = {Double.POSITIVE_INFINITY};
                enumerate(p, priced, extra, extraHandling, p.emptyAssignment(), 0, least);
                double[] lambda = new double[p.lineCount];
                for (int l = 0; l < p.lineCount; l++) {
                    lambda[l] = r.nextDouble() * p.backorderPenalty;
                }
                for (long visits : new long[] {2, 40, 150, 600, 10_000}) {
                    PricedOrderSearch.Outcome out = PricedOrderSearch.solve(p, extra, extraHandling, lambda, null, visits);
                    String what = "seed " + seed + ", order " + o.id() + ", visits " + visits;
                    assertThat(out.lowerBound()).as(what).isLessThanOrEqualTo(least[0] + 1e-6);
                    assertThat(priced.cost(out.x())).as(what).isCloseTo(out.cost(), within(1e-6));
                    if (out.proven()) {
                        assertThat(out.cost()).as(what).isCloseTo(least[0], within(1e-6));
                        proven += visits < 10_000 ? 1 : 0;
                    } else {
                        bounded++;
                    }
                }
            }
        }
        // the small budgets leave some orders to the Lagrangian's bound and settle others by it or the reduction
        assertThat(proven).isGreaterThan(20);
        assertThat(bounded).isGreaterThan(5);
    }

    /** Every assignment x[node][line] within the stock; checks the priced cost and keeps the least. */
    private static void enumerate(OrderProblem p, OrderProblem priced, double[][] extra, double[] extraHandling,
                                  int[][] x, int cell, double[] least) {
        if (cell == p.nodeCount * p.lineCount) {
            double plain = p.cost(x);
            if (plain == Double.POSITIVE_INFINITY) {
                assertThat(priced.cost(x)).isEqualTo(Double.POSITIVE_INFINITY);
                return;
            }
            double expected = plain;
            for (int n = 0; n < p.nodeCount; n++) {
                int units = 0;
                for (int l = 0; l < p.lineCount; l++) {
                    expected += x[n][l] * extra[n][l];
                    units += x[n][l];
                }
                expected += units > 0 ? extraHandling[n] : 0;
            }
            assertThat(priced.cost(x)).isCloseTo(expected, within(1e-9));
            least[0] = Math.min(least[0], expected);
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, priced, extra, extraHandling, x, cell + 1, least);
        }
        x[n][l] = 0;
    }
}

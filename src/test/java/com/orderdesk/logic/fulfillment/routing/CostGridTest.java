package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cost grid that lets the large orders' branch-and-bound close a branch whose bound is within
 * one quantum of the incumbent ({@link CostGrid}): on random small orders, every assignment's
 * cost lies on the grid of every plan, and on the coarser one of the plans with no node above the
 * last break, so a bound above "incumbent - quantum" leaves no cheaper plan. A wave's priced
 * problem has no grid.
 */
class CostGridTest {

    @Test
    void everyPlansCostLiesOnItsGrid() {
        int plans = 0;
        int tail = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 1.0);
            Network net = new Network(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                if (p.nodeCount == 0 || ReferenceModel.assignments(p) > 50_000) {
                    continue;
                }
                CostGrid grid = CostGrid.of(p);
                assertThat(grid.breaks).as("cents on the bench's card").isEqualTo(0.01);
                assertThat(grid.all).isPositive().isLessThanOrEqualTo(grid.breaks);
                int[] counts = new int[2];
                check(p, grid, p.emptyAssignment(), 0, counts);
                plans += counts[0];
                tail += counts[1];
            }
        }
        assertThat(plans).isGreaterThan(2_000);
        assertThat(tail).as("plans with a shipment above the last break").isGreaterThan(0);
    }

    @Test
    void aWavesPricedProblemHasNoGrid() {
        Scenario s = ReferenceModel.randomSmall(3, 1.0);
        Network net = new Network(s);
        OrderProblem p = OrderProblem.of(net, s.orders().get(0), net.newStock(false));
        OrderProblem priced = p.priced(new double[p.nodeCount][p.lineCount], new double[p.nodeCount]);
        assertThat(CostGrid.of(priced).all).isZero();
        assertThat(CostGrid.closes(100 - 0.005, 100, 0)).isFalse();
        assertThat(CostGrid.closes(100 - 0.005, 100, 0.01)).isTrue();
        assertThat(CostGrid.closes(100 - 0.01, 100, 0.01)).isFalse();
    }

    /**
     * An exact search handed {@link CostGrid#searchLimit} keeps a plan only when it costs under
     * "limit - epsilon": it must prune exactly where a branch closes, and keep every plan on the
     * grid cheaper than the incumbent (fails if the limit is off by a quantum either way).
     */
    @Test
    void anExactSearchsLimitPrunesWhereABranchCloses() {
        for (double q : new double[] {0, 1e-4, 0.01}) {
            double incumbent = 187.43;
            double limit = CostGrid.searchLimit(incumbent, q);
            for (int k = -300; k <= 300; k++) {
                double b = incumbent + k * 1e-5;
                boolean pruned = b >= limit - ExactOrderSolver.EPS;
                assertThat(pruned).as("bound %s, quantum %s", b, q).isEqualTo(CostGrid.closes(b, incumbent, q));
            }
            if (q > 0) {
                assertThat(incumbent - q).as("the next plan down the grid is kept").isLessThan(limit - ExactOrderSolver.EPS);
            }
            assertThat(incumbent).as("the incumbent's own cost is not").isGreaterThanOrEqualTo(limit - ExactOrderSolver.EPS);
        }
    }

    private static void check(OrderProblem p, CostGrid grid, int[][] x, int cell, int[] counts) {
        if (cell == p.nodeCount * p.lineCount) {
            double cost = p.cost(x);
            if (cost == Double.POSITIVE_INFINITY) {
                return;
            }
            boolean aboveLast = false;
            for (int n = 0; n < p.nodeCount; n++) {
                long w = 0;
                for (int l = 0; l < p.lineCount; l++) {
                    w += x[n][l] * p.weight[l];
                }
                aboveLast |= w > p.rates.breakAt(p.rates.breakCount() - 1);
            }
            assertThat(onGrid(cost, grid.all)).as("cost %s on %s", cost, grid.all).isTrue();
            if (!aboveLast) {
                assertThat(onGrid(cost, grid.breaks)).as("cost %s on %s", cost, grid.breaks).isTrue();
            }
            counts[0]++;
            counts[1] += aboveLast ? 1 : 0;
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            check(p, grid, x, cell + 1, counts);
        }
        x[n][l] = 0;
    }

    private static boolean onGrid(double cost, double q) {
        double k = cost / q;
        return Math.abs(k - Math.rint(k)) < 1e-6;
    }
}

package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.routing.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * Batch mode's pairs tried first only when they are quick ({@link GroupSearch#improvePairsIfQuick}):
 * a sweep cut by its deadline leaves every order's plan, cost and the shared stock exactly as they
 * were (the local search then starts from the sequences' plans); a sweep that completes keeps its
 * saving and its plans take no more stock than the nodes have.
 */
class GroupSearchTest {

    @Test
    void aSweepCutByItsDeadlineLeavesThePlansAndTheStockAsTheyWere() {
        int cut = 0;
        for (int seed = 1; seed <= 6; seed++) {
            Wave w = new Wave(seed);
            int[][] stockBefore = deepCopy(w.stock.available);
            int[] shipmentsBefore = w.stock.shipmentsLeft.clone();
            int[][][] xBefore = w.x.clone();
            double[] costBefore = w.cost.clone();
            // 2 ms of CPU: the sweep (60 orders, each pair routed exactly twice) is cut after a few pairs
            boolean done = w.search.improvePairsIfQuick(w.stock, w.alone, WaveClock.now() + 2_000_000);
            if (done) {
                continue;
            }
            cut++;
            assertThat(w.x).as("plans, seed %d", seed).isEqualTo(xBefore);
            assertThat(w.cost).as("costs, seed %d", seed).containsExactly(costBefore);
            assertThat(w.stock.available).as("stock, seed %d", seed).isDeepEqualTo(stockBefore);
            assertThat(w.stock.shipmentsLeft).as("shipments, seed %d", seed).containsExactly(shipmentsBefore);
        }
        assertThat(cut).as("sweeps cut").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCompletedSweepKeepsItsSavingAndStaysFeasible() {
        int saved = 0;
        for (int seed = 1; seed <= 6; seed++) {
            Wave w = new Wave(seed);
            double before = sum(w.cost);
            boolean done = w.search.improvePairsIfQuick(w.stock, w.alone, Long.MAX_VALUE);
            assertThat(done).as("seed %d", seed).isTrue();
            assertThat(sum(w.cost)).as("seed %d", seed).isLessThanOrEqualTo(before + 1e-6);
            saved += sum(w.cost) < before - 0.005 ? 1 : 0;
            // the stock the search tracks is what the plans take from the nodes' stock, and never negative
            Network.Stock recount = w.net.newStock(true);
            for (int o = 0; o < w.x.length; o++) {
                assertThat(w.problem[o].cost(w.x[o])).as("order %d, seed %d", o, seed)
                        .isCloseTo(w.cost[o], org.assertj.core.api.Assertions.within(1e-6));
                recount.apply(w.problem[o], w.x[o], +1);
            }
            assertThat(recount.available).as("seed %d", seed).isDeepEqualTo(w.stock.available);
            for (int[] node : recount.available) {
                for (int left : node) {
                    assertThat(left).isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(saved).as("waves the pairs improved").isGreaterThanOrEqualTo(2);
    }

    /**
     * Batch's plan of a scarce wave (by default 100 orders; {@code -Dgroups.orders=1000
     * -Dgroups.maxLines=20 -Dgroups.nodes=20 -Dgroups.skus=300} for the README's 1,000-order wave)
     * takes no more stock or shipments than the nodes have and costs what its orders' plans cost.
     */
    @Test
    void batchPlansOfAScarceWaveKeepWithinTheStock() {
        Scenario s = ScarceWave.fromProperties("groups");
        RoutingPlan batch = new FulfillmentRouter(5_000_000, 1, 20_000).route(s, RoutingMode.BATCH);
        RouterAgainstBruteForceTest.checkConstraints(s, batch, true);
        System.out.printf("groups: batch plan %.2f, bound %.2f%n", batch.totalCost(), batch.stats().lowerBound());
    }

    /** A small scarce wave routed in arrival order, as batch's first sequence leaves it. */
    private static final class Wave {
        final Network net;
        final OrderProblem[] problem;
        final int[][][] x;
        final double[] cost;
        final double[] alone;
        final Network.Stock stock;
        final GroupSearch search;

        Wave(int seed) {
            Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(60, 1, 8, 8, 30, 0.12), seed);
            net = new Network(s);
            int count = s.orders().size();
            problem = new OrderProblem[count];
            x = new int[count][][];
            cost = new double[count];
            alone = new double[count];
            java.util.function.Function<OrderProblem, SolveResult> solver = p -> new ExactOrderSolver(p, 200_000).solve();
            search = new GroupSearch(net, s.orders(), solver, problem, x, cost, new boolean[count]);
            Network.Stock fresh = net.newStock(false);
            for (int o = 0; o < count; o++) {
                alone[o] = solver.apply(OrderProblem.of(net, s.orders().get(o), fresh)).cost();
            }
            stock = net.newStock(true);
            for (int o = 0; o < count; o++) {
                search.place(o, stock);
            }
        }
    }

    private static double sum(double[] a) {
        double t = 0;
        for (double v : a) {
            t += v;
        }
        return t;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

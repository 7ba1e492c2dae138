package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The wave's local search on small scarce waves routed first in arrival order: every plan it
 * leaves is feasible for its order, the orders together take no more stock and shipments than
 * the nodes have, the saving it reports is the fall of the wave's cost to the cent (its compound
 * moves, ejection chains, closed shipments and re-routed orders, price each step exactly and
 * take back what does not pay), and it does find savings.
 */
class WaveImproverTest {

    @Test
    void plansStayFeasibleAndTheReportedSavingIsTheCostsFall() {
        int improvedWaves = 0;
        for (int seed = 1; seed <= 12; seed++) {
            Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(60, 1, 8, 8, 30, 0.12), seed);
            Network net = new Network(s);
            int count = s.orders().size();
            OrderProblem[] problems = new OrderProblem[count];
            int[][][] plans = new int[count][][];
            Network.Stock fresh = net.newStock(false);
            Network.Stock left = net.newStock(true);
            double before = 0;
            for (int o = 0; o < count; o++) {
                problems[o] = OrderProblem.of(net, s.orders().get(o), fresh);
                // routed in arrival order against what the earlier orders leave, as the initial stock's indexes
                OrderProblem now = OrderProblem.of(net, s.orders().get(o), left);
                int[][] x = new ExactOrderSolver(now, 200_000).solve().x();
                left.apply(now, x, +1);
                plans[o] = problems[o].emptyAssignment();
                for (int n = 0; n < now.nodeCount; n++) {
                    int at = indexOf(problems[o].node, now.node[n]);
                    plans[o][at] = x[n].clone();
                }
                before += problems[o].cost(plans[o]);
            }
            WaveImprover improver = new WaveImprover(net, problems, plans);
            double saved = improver.improve(Long.MAX_VALUE);
            check(net, problems, improver, before, saved, seed);

            // a second local search from that plan, with what the first learnt and each order's optimum
            // alone as its floor (as batch runs it): the same checks, and it reuses remembered re-routes
            double[] alone = new double[count];
            for (int o = 0; o < count; o++) {
                alone[o] = new ExactOrderSolver(problems[o], 200_000).solve().cost();
            }
            RerouteMemo memo = new RerouteMemo(count, alone);
            WaveImprover first = new WaveImprover(net, problems, plans, memo);
            double after = check(net, problems, first, before, first.improve(Long.MAX_VALUE), seed);
            int[][][] settled = new int[count][][];
            for (int o = 0; o < count; o++) {
                settled[o] = first.plan(o);
            }
            long searched = memo.searched;
            // from the plan it settled on, with what it learnt: its first pass meets many of the same prices
            WaveImprover again = new WaveImprover(net, problems, settled, memo);
            check(net, problems, again, after, again.improve(Long.MAX_VALUE), seed);
            assertThat(memo.reused).as("re-routes reused, seed %d", seed).isPositive();
            assertThat(memo.searched).as("re-routes searched, seed %d", seed).isGreaterThanOrEqualTo(searched);
            // the same prices again: the remembered plan, which is what the search finds
            int o = count - 1;
            double[][] extra = new double[problems[o].nodeCount][problems[o].lineCount];
            double[] handling = new double[problems[o].nodeCount];
            extra[0][0] = 3.5;
            int[][] searchedPlan = memo.route(o, problems[o], extra, handling, 20_000);
            long reused = memo.reused;
            assertThat(memo.route(o, problems[o], extra.clone(), handling.clone(), 20_000)).isSameAs(searchedPlan);
            assertThat(memo.reused).isEqualTo(reused + 1);
            assertThat(searchedPlan).isDeepEqualTo(new ExactOrderSolver(problems[o].priced(extra, handling), 20_000).solve().x());
            if (saved > 0.005) {
                improvedWaves++;
            }
        }
        assertThat(improvedWaves).isGreaterThanOrEqualTo(6);
    }

    /** Checks the improver's plans (feasible, within the stock and shipments, the saving reported exact); returns their cost. */
    private static double check(Network net, OrderProblem[] problems, WaveImprover improver, double before, double saved, int seed) {
        Network.Stock used = net.newStock(true);
        double after = 0;
        for (int o = 0; o < problems.length; o++) {
            int[][] x = improver.plan(o);
            double c = problems[o].cost(x);
            assertThat(c).as("order %d of seed %d", o, seed).isFinite();
            after += c;
            used.apply(problems[o], x, +1);
        }
        for (int node = 0; node < used.available.length; node++) {
            assertThat(used.shipmentsLeft[node]).as("shipments left at node %d, seed %d", node, seed).isGreaterThanOrEqualTo(0);
            for (int sku = 0; sku < used.available[node].length; sku++) {
                assertThat(used.available[node][sku]).as("stock left at node %d sku %d, seed %d", node, sku, seed)
                        .isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(after).as("seed %d", seed).isLessThanOrEqualTo(before + 1e-6);
        assertThat(before - after).as("reported saving, seed %d", seed).isCloseTo(saved, within(1e-6));
        return after;
    }

    private static int indexOf(int[] nodes, int node) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] == node) {
                return i;
            }
        }
        throw new AssertionError("node " + node + " is not a candidate of the order against the initial stock");
    }
}

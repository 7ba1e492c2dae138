package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether the wave's relaxation is reachable by a certified Lagrangian (src/site/markdown/performance.md, "Waves, ninth
 * pass"): column generation with cheap pricing ({@link WaveColumnGeneration}, few visits per
 * order), then the wave's Lagrangian at the master's final duals with each order's term from the
 * bound's exact pass ({@link WaveBound#certifiedAt}). The 1,000-order wave is rerun with
 * {@code -Dprobe.orders=1000 -Dprobe.maxLines=20 -Dprobe.nodes=20 -Dprobe.skus=300 -Dprobe.seconds=900}.
 */
class WaveDualProbeTest {
    private static final double TOLERANCE = 0.005;

    /**
     * Any Lagrangian is at most the restricted master's LP value (which is at least the wave's
     * relaxation) and at most batch mode's plan: a term that overstates an order's priced optimum fails it.
     */
    @Test
    void theLagrangianAtTheMastersDualsIsCertifiedUnderTheMaster() {
        Scenario s = ScarceWave.fromProperties("probe");
        Network net = new Network(s);
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1,
                Long.getLong("probe.batchMillis", 20_000)).route(s, RoutingMode.BATCH);
        WaveColumnGeneration.Answer lp = WaveColumnGeneration.solve(net, s.orders(), Long.getLong("probe.visits", 2_000),
                Double.parseDouble(System.getProperty("probe.seconds", "60")), 0, null, batch.orders());
        List<int[][]> plans = new ArrayList<>();
        Network.Stock initial = net.newStock(false);
        for (int o = 0; o < s.orders().size(); o++) {
            OrderProblem p = OrderProblem.of(net, s.orders().get(o), initial);
            int[][] x = WaveColumnGeneration.assignmentOf(net, p, batch.orders().get(o));
            int[][] plan = new int[net.nodes.length][p.lineCount];
            for (int n = 0; n < p.nodeCount; n++) {
                plan[p.node[n]] = x[n].clone();
            }
            plans.add(plan);
        }
        long t0 = WaveClock.now();
        WaveBound.Certified at = WaveBound.certifiedAt(net, s.orders(), plans, null, lp.duals(), 600_000_000_000L);
        System.out.printf("dual probe, %d orders: batch %.2f (bound %.2f) | master LP %.2f, pricing Lagrangian %.2f (%d rounds, %d columns, "
                        + "%d unsettled, %.1f s) | certified at the master's duals %.2f (%d orders unsettled, their plans %.2f above; "
                        + "%.1f s cpu)%n", s.orders().size(), batch.totalCost(), batch.stats().lowerBound(), lp.lp(), lp.lagrangian(),
                lp.iterations(), lp.columns(), lp.unsettled(), lp.seconds(), at.value(), at.unsettled(), at.gap(),
                (WaveClock.now() - t0) / 1e9);
        assertThat(at.value()).isLessThanOrEqualTo(lp.lp() + TOLERANCE);
        // the bound's own prices (as batch mode reaches them) and mixes of them with the master's duals
        WaveBound.Prices own = WaveBound.of(net, s.orders(), plans, null, batch.totalCost(), 5_000_000_000L);
        for (String a : System.getProperty("probe.mixes", "0.5").split(",")) {
            double alpha = Double.parseDouble(a);
            double[][] stock = new double[net.nodes.length][net.skuIds.length];
            double[] ship = new double[net.nodes.length];
            for (int n = 0; n < stock.length; n++) {
                for (int k = 0; k < stock[n].length; k++) {
                    stock[n][k] = alpha * lp.duals().stock()[n][k] + (1 - alpha) * own.stock()[n][k];
                }
                ship[n] = alpha * lp.duals().shipment()[n] + (1 - alpha) * own.shipment()[n];
            }
            WaveBound.Certified mix = WaveBound.certifiedAt(net, s.orders(), plans, null, new WaveBound.Prices(0, stock, ship),
                    600_000_000_000L);
            System.out.printf("dual probe: bound's own prices %.2f; %.2f of the master's duals: certified %.2f (%d unsettled, %.2f above)%n",
                    own.value(), alpha, mix.value(), mix.unsettled(), mix.gap());
            assertThat(mix.value()).isLessThanOrEqualTo(lp.lp() + TOLERANCE);
        }
        assertThat(at.value()).isLessThanOrEqualTo(batch.totalCost() + TOLERANCE);
    }

    /**
     * At the bound's own prices: for each order its term's search ({@link PricedOrderSearch}, the
     * exact pass's visits), and for those it leaves unsettled a long line search from its plan
     * ({@code probe.longVisits}): when that completes, the order's priced optimum, which its
     * certified bound may not pass. Prints how the unsettled orders' gap splits into the bound's
     * part (optimum - bound) and the plan's (plan - optimum).
     */
    @Test
    void unsettledOrdersAtTheBoundsPricesSplitTheirGap() {
        Scenario s = ScarceWave.fromProperties("probe");
        Network net = new Network(s);
        RoutingPlan batch = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1,
                Long.getLong("probe.batchMillis", 20_000)).route(s, RoutingMode.BATCH);
        Network.Stock initial = net.newStock(false);
        List<int[][]> plans = new ArrayList<>();
        List<int[][]> own = new ArrayList<>();
        for (int o = 0; o < s.orders().size(); o++) {
            OrderProblem p = OrderProblem.of(net, s.orders().get(o), initial);
            int[][] x = WaveColumnGeneration.assignmentOf(net, p, batch.orders().get(o));
            own.add(x);
            int[][] plan = new int[net.nodes.length][p.lineCount];
            for (int n = 0; n < p.nodeCount; n++) {
                plan[p.node[n]] = x[n].clone();
            }
            plans.add(plan);
        }
        WaveBound.Prices prices = WaveBound.of(net, s.orders(), plans, null, batch.totalCost(), 5_000_000_000L);
        int unsettled = 0;
        int closed = 0;
        double boundPart = 0;
        double planPart = 0;
        double open = 0;
        long longVisits = Long.getLong("probe.longVisits", 2_000_000);
        for (int o = 0; o < s.orders().size(); o++) {
            OrderProblem p = OrderProblem.of(net, s.orders().get(o), initial);
            double[][] extra = new double[p.nodeCount][p.lineCount];
            double[] handling = new double[p.nodeCount];
            for (int n = 0; n < p.nodeCount; n++) {
                handling[n] = prices.shipment()[p.node[n]];
                for (int l = 0; l < p.lineCount; l++) {
                    extra[n][l] = p.avail[n][l] == 0 ? 0 : prices.stock()[p.node[n]][p.sku[l]];
                }
            }
            double[] lambda = LinePrices.unitCosts(p, own.get(o));
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = Math.min(p.backorderPenalty, lambda[l]);
            }
            PricedOrderSearch.Outcome r = PricedOrderSearch.solve(p, extra, handling, lambda, own.get(o), 20_000);
            if (r.proven()) {
                continue;
            }
            unsettled++;
            OrderProblem priced = p.priced(extra, handling);
            ExactOrderSolver deep = new ExactOrderSolver(priced, longVisits);
            SolveResult opt = deep.solveFrom(new SolveResult(r.x(), r.cost(), false));
            if (deep.aborted()) {
                open += r.cost() - r.lowerBound();
                continue;
            }
            closed++;
            assertThat(r.lowerBound()).as("order %d", o).isLessThanOrEqualTo(opt.cost() + TOLERANCE);
            boundPart += opt.cost() - r.lowerBound();
            planPart += r.cost() - opt.cost();
        }
        System.out.printf("unsettled probe, %d orders at the bound's prices (%.2f): %d unsettled; %d closed by %d visits: "
                        + "optimum - bound %.2f, plan - optimum %.2f; %d still open (plan - bound %.2f)%n", s.orders().size(),
                prices.value(), unsettled, closed, longVisits, boundPart, planPart, unsettled - closed, open);
    }
}

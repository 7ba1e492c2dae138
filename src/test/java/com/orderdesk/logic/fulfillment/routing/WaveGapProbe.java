package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a wave plan's gap to its Lagrangian bound lies (test scope, a measuring tool). At stock
 * prices mu and shipment prices nu, for a feasible plan with usage U and shipments O,
 * <pre>cost - L(mu, nu) = sum_o [priced cost of o's plan - o's priced optimum] + mu x (S - U) + nu x (C - O)</pre>
 * (every term >= 0): the orders' regrets at the prices (what a better plan could still win, or
 * what the relaxation's mixing wins over whole plans) and the priced stock the plan leaves unused
 * (prices too high where stock is not short, or stock the plan should take).
 */
final class WaveGapProbe {
    record Gap(double orderRegret, double unusedStock, double unusedShipments, int ordersAway, int unsettled, double bound) {
    }

    private WaveGapProbe() {
    }

    static Gap of(Network net, List<RoutingOrder> orders, List<OrderPlan> plans, WaveBound.Prices prices, long visits) {
        Network.Stock initial = net.newStock(false);
        Network.Stock left = net.newStock(true);
        double regret = 0;
        double bound = 0;
        int away = 0;
        int unsettled = 0;
        List<double[]> worst = new ArrayList<>();
        for (int o = 0; o < orders.size(); o++) {
            OrderProblem p = OrderProblem.of(net, orders.get(o), initial);
            int[][] x = WaveColumnGeneration.assignmentOf(net, p, plans.get(o));
            left.apply(p, x, +1);
            double[][] extra = new double[p.nodeCount][p.lineCount];
            double[] handling = new double[p.nodeCount];
            for (int n = 0; n < p.nodeCount; n++) {
                handling[n] = prices.shipment()[p.node[n]];
                for (int l = 0; l < p.lineCount; l++) {
                    extra[n][l] = prices.stock()[p.node[n]][p.sku[l]];
                }
            }
            OrderProblem priced = p.priced(extra, handling);
            double mine = priced.cost(x);
            double least;
            if (p.shipComplete) {
                least = Double.POSITIVE_INFINITY;
                for (SolveResult r : ShipCompleteSolver.plans(priced)) {
                    least = Math.min(least, priced.cost(r.x()));
                }
            } else {
                ExactOrderSolver exact = new ExactOrderSolver(priced, visits);
                SolveResult r = exact.solve();
                least = priced.cost(r.x());
                if (exact.aborted()) {
                    unsettled++;
                    least = Math.min(least, LagrangianBound.compute(priced, least, 300).value);
                }
            }
            bound += least;
            regret += mine - least;
            if (mine - least > 0.01) {
                away++;
                worst.add(new double[] {o, mine - least, p.lineCount});
            }
        }
        double unused = 0;
        for (int n = 0; n < net.nodes.length; n++) {
            for (int s = 0; s < net.skuIds.length; s++) {
                unused += prices.stock()[n][s] * left.available[n][s];
                bound -= prices.stock()[n][s] * initial.available[n][s];
            }
        }
        double unusedShipments = 0;
        for (int n = 0; n < net.nodes.length; n++) {
            if (left.shipmentsLeft[n] != Integer.MAX_VALUE) {
                unusedShipments += prices.shipment()[n] * left.shipmentsLeft[n];
                bound -= prices.shipment()[n] * net.newStock(true).shipmentsLeft[n];
            }
        }
        worst.sort((a, b) -> Double.compare(b[1], a[1]));
        for (double[] w : worst.subList(0, Math.min(10, worst.size()))) {
            System.out.printf("  order %s (%d lines): %.2f above its priced optimum%n", orders.get((int) w[0]).id(), (int) w[2], w[1]);
        }
        return new Gap(regret, unused, unusedShipments, away, unsettled, bound);
    }
}

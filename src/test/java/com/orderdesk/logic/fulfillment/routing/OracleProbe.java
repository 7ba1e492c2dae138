package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;

/** Scratch: each chosen order at 250 ms, at a long budget, and at 250 ms again from the long run's plan. */
final class OracleProbe {
    private OracleProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        long longMs = Long.parseLong(args[2]);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(200, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        for (int i = 0; i < 40; i++) {
            OrderOptimizer.optimumWithin(OrderProblem.of(net, s.orders().get(i), net.newStock(false)), FulfillmentRouter.DEFAULT_VISIT_BUDGET, 50_000_000L);
        }
        int met0 = 0;
        int met1 = 0;
        for (String id : args[3].split(",")) {
            int i = Integer.parseInt(id);
            OrderProblem p = OrderProblem.of(net, s.orders().get(i), net.newStock(false));
            SolveResult a = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET, 250_000_000L);
            SolveResult l = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET * 100, longMs * 1_000_000L);
            SolveResult o = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET, 250_000_000L, l.x());
            met0 += gap(a) <= 0.5 ? 1 : 0;
            met1 += gap(o) <= 0.5 ? 1 : 0;
            System.out.printf("%3d 250 ms %8.2f %6.3f%% | %d ms %8.2f %6.3f%% | 250 ms from it %8.2f %6.3f%%%n", i, a.cost(), gap(a), longMs, l.cost(), gap(l),
                    o.cost(), gap(o));
        }
        System.out.printf("met %d -> %d%n", met0, met1);
    }

    private static double gap(SolveResult r) {
        return r.optimal() ? 0 : 100 * (r.cost() - r.lowerBound()) / r.cost();
    }
}

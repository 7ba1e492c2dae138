package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the whole-unit Lagrangian dual of a leaf ({@link LeafColumns}) closes the leaves that the LP
 * search ({@link LeafMip}) leaves open (test scope, a measuring tool): each listed order of the size
 * bench routed alone at {@code millis}, every leaf left open recorded, then each one's column-generation
 * bound against the order's final plan. Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* ...LeafColumnsProbe lines nodes orders millis i,j,...}.
 */
final class LeafColumnsProbe {
    private LeafColumnsProbe() {
    }

    record Leaf(OrderProblem q, int[] at, double[] lambda, double[] below) {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 500;
        FulfillmentRouter router = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, millis);
        router.route(ScenarioGenerator.generate(new ScenarioGenerator.Size(2000, 1, 20, 50, 5000, 1.0), 43), RoutingMode.INDEPENDENT);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        for (String id : args[4].split(",")) {
            int i = Integer.parseInt(id);
            Map<String, Leaf> leaves = new LinkedHashMap<>();
            LevelPlacement.openLeaf = (q, at, below, lambda) -> {
                Leaf l = leaves.computeIfAbsent(Arrays.toString(q.node) + Arrays.toString(at),
                        key -> new Leaf(q, at.clone(), lambda == null ? null : lambda.clone(), new double[] {below}));
                l.below()[0] = Math.min(l.below()[0], below);
            };
            OrderPlan plan = router.route(s.withOrders(List.of(s.orders().get(i))), RoutingMode.INDEPENDENT).orders().get(0);
            LevelPlacement.openLeaf = null;
            OrderDeadline.clear();
            System.out.printf("#%d: %.4f %s, %d open leaves%n", i, plan.cost(), plan.optimal() ? "proven" : "open gap " + plan.gap(), leaves.size());
            int closed = 0;
            for (Leaf l : leaves.values()) {
                double[] mu0 = null;
                if (l.lambda() != null) {
                    mu0 = new double[l.lambda().length];
                    for (int j = 0; j < mu0.length; j++) {
                        mu0[j] = Math.max(0, l.q().backorderPenalty - l.lambda()[j]);
                    }
                }
                LeafColumns cg = new LeafColumns(l.q(), l.at());
                long t0 = System.nanoTime();
                double first = cg.solve(mu0, 0, Double.POSITIVE_INFINITY);
                double dw = cg.solve(mu0, rounds, Double.POSITIVE_INFINITY);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                boolean closes = dw >= plan.cost() - ExactOrderSolver.EPS;
                closed += closes ? 1 : 0;
                System.out.printf("  nodes %s levels %s below %.4f | at LP duals %.4f | whole-unit dual %.4f (%d rounds, %d ms, %s) %s%n",
                        Arrays.toString(l.q().node), Arrays.toString(l.at()), l.below()[0], first, dw, cg.rounds(), ms, cg.stats(),
                        closes ? "CLOSES" : "open");
            }
            System.out.printf("  %d of %d leaves closed by the whole-unit dual at the final plan%n", closed, leaves.size());
        }
    }
}

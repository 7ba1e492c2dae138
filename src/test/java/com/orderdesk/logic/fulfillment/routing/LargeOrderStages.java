package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the size bench's large orders spend their CPU time, stage by stage (test scope, a
 * measuring tool; see {@link SolveTrace}): each order of the bench's scenario solved as the router
 * does, one line per order with each stage's end (ms) and how far above the final plan the
 * incumbent stood then (%), and, when the branch-and-bound ran, its tree (branches split, branches
 * bounded, and its root bound's gap under the final plan), then a summary of the orders proven
 * within {@code slowMs} and later.
 * Run with {@code java -cp target/test-classes:target/classes:target/lib/* ...LargeOrderStages lines nodes orders millis [slowMs]}.
 */
final class LargeOrderStages {
    private static final String[] NAMES = {"seeds", "improve", "main", "lagr", "nodesets", "b&b"};

    /** With -Dstages.oracle=true each proven order is solved again starting from its optimum. */
    private static final boolean ORACLE = Boolean.getBoolean("stages.oracle");

    private LargeOrderStages() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        double slowMs = args.length > 4 ? Double.parseDouble(args[4]) : 50;
        new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, millis)
                .route(ScenarioGenerator.generate(new ScenarioGenerator.Size(2000, 1, 20, 50, 5000, 1.0), 43), RoutingMode.INDEPENDENT);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        Network.Stock stock = net.newStock(false);
        List<long[]> slowEnds = new ArrayList<>();
        List<long[]> fastEnds = new ArrayList<>();
        int lateFound = 0;
        int slow = 0;
        for (int i = 0; i < orders; i++) {
            OrderProblem p = OrderProblem.of(net, s.orders().get(i), stock);
            SolveTrace t = SolveTrace.install();
            SolveResult r;
            try {
                r = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET, millis * 1_000_000);
                if (ORACLE && r.optimal()) {
                    // again from the proven optimum: what is left is the proof's own time
                    t = SolveTrace.install();
                    r = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET, millis * 1_000_000, r.x());
                }
            } finally {
                SolveTrace.remove();
            }
            long total = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            StringBuilder sb = new StringBuilder(String.format("%3d %-6s n=%3d cap=%s", i, r.optimal() ? "proven" : "open",
                    p.nodeCount, p.maxShipments == Integer.MAX_VALUE ? "-" : p.maxShipments));
            int lastStage = -1;
            for (int k = 0; k < SolveTrace.STAGES; k++) {
                if (t.endNanos[k] >= 0) {
                    sb.append(String.format(" | %s %6.1f %5.2f%%", NAMES[k], t.endNanos[k] / 1e6, 100 * (t.cost[k] - r.cost()) / r.cost()));
                    lastStage = k;
                }
            }
            if (t.endNanos[SolveTrace.BRANCH_AND_BOUND] >= 0) {
                sb.append(String.format(" | tree %d splits %d bounded root %.3f%%", t.treeSplits, t.treeBounded,
                        100 * (r.cost() - t.rootBound) / r.cost()));
            }
            System.out.println(sb);
            if (r.optimal() && lastStage >= 0) {
                boolean isSlow = t.endNanos[lastStage] > slowMs * 1e6;
                (isSlow ? slowEnds : fastEnds).add(t.endNanos.clone());
                if (isSlow) {
                    slow++;
                    // the final plan first held after the node-set search: the branch-and-bound found it
                    if (t.cost[SolveTrace.NODE_SETS] > r.cost() + 1e-6 || t.cost[SolveTrace.LAGRANGIAN] > r.cost() + 1e-6) {
                        lateFound++;
                    }
                }
            }
            if (total < 0) {
                break;
            }
        }
        System.out.printf("proven in more than %.0f ms: %d; of them the final plan found after the Lagrangian: %d%n", slowMs, slow, lateFound);
        summary("proven slow", slowEnds);
        summary("proven fast", fastEnds);
    }

    /** Mean time spent in each stage (ms), over the orders that reached it. */
    private static void summary(String label, List<long[]> ends) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %3d orders, mean ms per stage:", label, ends.size()));
        for (int k = 0; k < SolveTrace.STAGES; k++) {
            double sum = 0;
            int n = 0;
            for (long[] e : ends) {
                if (e[k] < 0) {
                    continue;
                }
                long prev = 0;
                for (int j = k - 1; j >= 0; j--) {
                    if (e[j] >= 0) {
                        prev = e[j];
                        break;
                    }
                }
                sum += e[k] - prev;
                n++;
            }
            sb.append(String.format(" %s %.1f (%d)", NAMES[k], n == 0 ? 0 : sum / n / 1e6, n));
        }
        System.out.println(sb);
    }
}

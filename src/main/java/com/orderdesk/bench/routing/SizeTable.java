package com.orderdesk.bench.routing;

import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.RoutingPlan;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code route-bench --by-size}: the router's figures by order size. For each number of lines
 * and of nodes, a scenario of orders of exactly that many lines (independent mode, one routing
 * thread), and per order its CPU time: share proven optimal, median, 99th percentile and
 * maximum, and for the orders not proven their certified gap ((cost - bound) / cost).
 */
public final class SizeTable {
    /** One row of the table. */
    public record Row(int lines, int nodes, int orders, int proven, double medianMs, double p99Ms, double maxMs,
                      int unproven, double worstGap, int withinHalfPercent) {
    }

    private SizeTable() {
    }

    public static Row measure(FulfillmentRouter router, int lines, int nodes, int orders, int skus, long seed) {
        Scenario s = ScenarioGenerator.generate(
                new ScenarioGenerator.Size(orders, lines, lines, nodes, skus, 1.0), seed);
        long[] cpu = new long[orders];
        long[] wall = new long[orders];
        RoutingPlan plan = router.route(s, RoutingMode.INDEPENDENT, (i, w, c) -> {
            wall[i] = w;
            cpu[i] = c;
        });
        long[] time = cpu[0] >= 0 ? cpu : wall;
        long[] sorted = time.clone();
        Arrays.sort(sorted);
        int proven = 0;
        int unproven = 0;
        int within = 0;
        double worst = 0;
        for (OrderPlan p : plan.orders()) {
            if (p.optimal()) {
                proven++;
                continue;
            }
            unproven++;
            double gap = p.gap() == null ? 1 : p.gap();
            worst = Math.max(worst, gap);
            within += gap <= 0.005 ? 1 : 0;
        }
        int p99 = Math.min(orders - 1, (int) Math.ceil(orders * 0.99) - 1);
        return new Row(lines, nodes, orders, proven, sorted[orders / 2] / 1e6, sorted[p99] / 1e6,
                sorted[orders - 1] / 1e6, unproven, worst, within);
    }

    public static void print(List<Row> rows, PrintWriter out) {
        out.printf("%6s %6s %7s %9s %10s %10s %10s %24s%n", "lines", "nodes", "orders", "proven", "median", "p99", "max",
                "not proven: worst gap");
        for (Row r : rows) {
            String gaps = r.unproven() == 0 ? "-"
                    : String.format("%.2f%% (%d of %d <= 0.5%%)", 100 * r.worstGap(), r.withinHalfPercent(), r.unproven());
            out.printf("%6d %6d %7d %8.1f%% %7.2f ms %7.2f ms %7.2f ms %24s%n", r.lines(), r.nodes(), r.orders(),
                    100.0 * r.proven() / r.orders(), r.medianMs(), r.p99Ms(), r.maxMs(), gaps);
        }
        out.println("(times: the routing thread's CPU time per order)");
        out.flush();
    }
}

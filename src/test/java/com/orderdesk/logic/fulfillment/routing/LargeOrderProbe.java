package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.List;

/**
 * Which large orders of the size bench stay unproven, and whether their gap is the plan's or the
 * bound's (test scope, a measuring tool): the bench's orders routed at 250 ms each, then each
 * unproven order alone with a longer budget; each line ends with how much of the first gap the
 * longer run took off the plan and how much it added to the bound (in % of the first plan). Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* ...LargeOrderProbe lines nodes orders millis longMillis}.
 */
final class LargeOrderProbe {
    private LargeOrderProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        long longMillis = Long.parseLong(args[4]);
        String only = args.length > 5 ? args[5] : null;
        FulfillmentRouter router = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, millis);
        router.route(ScenarioGenerator.generate(new ScenarioGenerator.Size(2000, 1, 20, 50, 5000, 1.0), 43), RoutingMode.INDEPENDENT);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        long[] cpu = new long[orders];
        List<OrderPlan> plans;
        if (only == null) {
            plans = router.route(s, RoutingMode.INDEPENDENT, (i, w, c) -> cpu[i] = c).orders();
        } else {
            plans = null;
        }
        FulfillmentRouter longer = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET * 100, 1, 20_000, longMillis);
        int proven = 0;
        for (int i = 0; i < orders; i++) {
            if (only != null && !java.util.Arrays.asList(only.split(",")).contains(Integer.toString(i))) {
                continue;
            }
            RoutingOrder o = s.orders().get(i);
            if (plans != null && plans.get(i).optimal()) {
                proven++;
                continue;
            }
            String first = plans == null ? "" : String.format("%9.2f gap %6.3f%% %5.0f ms", plans.get(i).cost(),
                    100 * gapOf(plans.get(i)), cpu[i] / 1e6);
            OrderPlan again = plans == null ? router.route(s.withOrders(List.of(o)), RoutingMode.INDEPENDENT).orders().get(0) : null;
            if (again != null) {
                first = String.format("%9.2f gap %6.3f%%", again.cost(), 100 * gapOf(again));
            }
            OrderPlan l = longer.route(s.withOrders(List.of(o)), RoutingMode.INDEPENDENT).orders().get(0);
            OrderPlan at = plans != null ? plans.get(i) : again;
            // of the first run's gap, how much the longer run took off the plan and how much it added to the bound
            double planLate = 100 * (at.cost() - l.cost()) / at.cost();
            double boundLate = 100 * (l.cost() * (1 - gapOf(l)) - at.cost() * (1 - gapOf(at))) / at.cost();
            System.out.printf("%3d %s cap %s | %d ms: %9.2f %s gap %6.3f%% | late: plan %5.2f%%, bound %5.2f%%%n", i, first,
                    o.maxShipments(), longMillis, l.cost(), l.optimal() ? "proven" : "open", 100 * gapOf(l), planLate, boundLate);
        }
        System.out.printf("proven at %d ms: %d of %d%n", millis, proven, orders);
    }

    private static double gapOf(OrderPlan p) {
        return p.optimal() ? 0 : p.gap() == null ? 1 : p.gap();
    }
}

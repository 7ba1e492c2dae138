package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the certified gap of the size bench's worst unproven orders into (a) the plan above the
 * optimum and (b) the optimum above the router's bound (test scope, a measuring tool). The bench's
 * orders (seed 42, after its warm-up) are routed at {@code millis} each; the {@code worst} widest
 * certified gaps are then solved twice more, alone: by the router with 100 times the visits and
 * {@code longMillis}, and by SCIP ({@link MipOrderModel}, CPU-second limit {@code mipSeconds}, 0: not
 * run) given the router's better plan as its start. The optimum is a proven plan of either, else it lies between
 * the better of their bounds and the cheaper of their plans (both printed; the split then uses the
 * cheaper plan, so (a) is a lower estimate). Each line is in % of the first plan. Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* ...GapSplitProbe lines nodes orders millis worst longMillis mipSeconds}.
 */
final class GapSplitProbe {
    private GapSplitProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        int worst = Integer.parseInt(args[4]);
        long longMillis = Long.parseLong(args[5]);
        double mipSeconds = Double.parseDouble(args[6]);
        double over = args.length > 7 ? Double.parseDouble(args[7]) / 100 : 0;
        FulfillmentRouter router = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, millis);
        router.route(ScenarioGenerator.generate(new ScenarioGenerator.Size(2000, 1, 20, 50, 5000, 1.0), 43), RoutingMode.INDEPENDENT);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        List<OrderPlan> plans = router.route(s, RoutingMode.INDEPENDENT).orders();
        List<Integer> open = new ArrayList<>();
        int met = 0;
        for (int i = 0; i < orders; i++) {
            OrderPlan p = plans.get(i);
            met += p.optimal() || gap(p) <= 0.005 ? 1 : 0;
            if (!p.optimal()) {
                open.add(i);
            }
        }
        System.out.printf("%d x %d at %d ms: %d proven, %d proven or within 0.5 %%, load %.1f%n", lines, nodes, millis,
                orders - open.size(), met, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        open.sort(Comparator.comparingDouble((Integer i) -> -gap(plans.get(i))));
        FulfillmentRouter longer = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET * 100, 1, 20_000, longMillis);
        Network net = new Network(s);
        // with a last argument (in %), only the orders whose certified gap is over it (e.g. 0.5: those missing the target)
        open.removeIf(i -> gap(plans.get(i)) <= over);
        double planShare = 0;
        double boundShare = 0;
        for (int i : open.subList(0, Math.min(worst, open.size()))) {
            OrderPlan first = plans.get(i);
            RoutingOrder o = s.orders().get(i);
            OrderPlan l = longer.route(s.withOrders(List.of(o)), RoutingMode.INDEPENDENT).orders().get(0);
            OrderPlan start = l.cost() <= first.cost() ? l : first;
            // mipSeconds 0: the router's longer run alone (SCIP's bound after 20 s of CPU is far under it at this size)
            MipOrderModel.Answer m = mipSeconds > 0
                    ? MipOrderModel.solveWave(net, List.of(o), mipSeconds, List.of(start), "timing/clocktype = 1")
                    : new MipOrderModel.Answer(l.cost(), 0, false, 0, null, null, Double.NaN, 0, "none", null);
            double best = Math.min(l.cost(), m.cost());
            double floor = Math.max(l.optimal() ? l.cost() : l.lowerBound(), m.bound());
            boolean known = l.optimal() || m.optimal();
            if (known) {
                floor = best;
            }
            double c = first.cost();
            System.out.printf("#%d %s: plan %.2f bound %.2f gap %.2f %% | router %d ms: %.2f %s bound %.2f | SCIP %.0f s cpu: %.2f %s bound %.2f"
                            + " | optimum %s | (a) plan over optimum %.2f %% (b) optimum over bound %.2f %%%s%n",
                    i, o.id(), c, first.lowerBound(), 100 * gap(first), longMillis, l.cost(), l.optimal() ? "proven" : "open",
                    l.lowerBound(), m.cpuSeconds(), m.cost(), m.optimal() ? "optimal" : "limit", m.bound(),
                    known ? String.format("%.2f", best) : String.format("in [%.2f, %.2f]", floor, best),
                    100 * (c - best) / c, 100 * (best - first.lowerBound()) / c,
                    known ? "" : String.format(" (optimum open: (b) at least %.2f %%)", 100 * (floor - first.lowerBound()) / c));
            planShare += c - best;
            boundShare += best - first.lowerBound();
        }
        System.out.printf("of the gaps listed: (a) plan over the best plan %.1f %%, (b) that plan over the bound %.1f %%%n",
                100 * planShare / (planShare + boundShare), 100 * boundShare / (planShare + boundShare));
    }

    private static double gap(OrderPlan p) {
        return p.optimal() ? 0 : (p.cost() - p.lowerBound()) / p.cost();
    }
}

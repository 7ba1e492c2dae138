package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds a {@link DeliveryQuote}: the earliest arrival and the cheapest ways to meet a requested
 * date. A way ships at least as much as the optimal plan for that date (a node set that leaves
 * more backordered is not a way to meet it).
 */
final class DeliveryQuotes {
    private static final int SPARES = 4;
    private DeliveryQuotes() {
    }

    static DeliveryQuote quote(FulfillmentRouter router, Network net, RoutingOrder order, LocalDate requested, int ways,
                               long visitBudget) {
        if (!net.delivery.active()) {
            throw new IllegalArgumentException("the rate card has no carrier services: there are no dates to quote");
        }
        Network.Stock stock = net.newStock(false);
        Long earliest = earliestDay(OrderProblem.fastest(net, order, stock));
        OrderPlan fastest = null;
        LocalDate earliestDate = null;
        if (earliest != null) {
            earliestDate = LocalDate.ofEpochDay(earliest);
            OrderProblem byThen = OrderProblem.of(net, order.withDeliverBy(earliestDate), stock);
            // the fastest plan ships what can arrive by then, even where backordering would cost
            // less than an express service (the book's penalty); its cost is the book's
            SolveResult shipping = router.solve(byThen.shippingAllItCan());
            fastest = PlanBuilder.build(byThen, shipping.x(), shipping.optimal());
        }
        OrderProblem p = OrderProblem.of(net, order.withDeliverBy(requested), stock);
        SolveResult optimum = router.solve(p);
        // node sets that ship less than the optimum are not ways to meet the date: ask for spares
        List<SolveResult> best;
        OrderDeadline.start(FulfillmentRouter.EXPLAIN_NANOS, 1.0); // the clerk waits for these, as the map does
        try {
            best = NodeSetSearch.best(p, visitBudget, ways * SPARES, optimum.x());
        } finally {
            OrderDeadline.clear();
        }
        List<OrderPlan> plans = new ArrayList<>();
        OrderPlan first = PlanBuilder.build(p, optimum);
        plans.add(first);
        String chosen = NodeSetSearch.nodeSetKey(p, optimum.x());
        best.stream().filter(r -> !NodeSetSearch.nodeSetKey(p, r.x()).equals(chosen))
                .map(r -> PlanBuilder.build(p, r.x(), r.optimal()))
                .filter(plan -> plan.backorderedUnits() <= first.backorderedUnits())
                .limit(Math.max(0, ways - 1))
                .forEach(plans::add);
        boolean complete = !best.isEmpty() && best.get(0).optimal();
        return new DeliveryQuote(order.id(), earliestDate, fastest, requested, plans, complete);
    }

    /**
     * The first day by which nodes shipping by their fastest service can bring every unit the
     * network can ship at all (one node holding the whole order, for a ship-complete order);
     * null when nothing can ship. The order's maxShipments is not counted here (the plan for
     * that day respects it, and may then backorder).
     */
    private static Long earliestDay(OrderProblem f) {
        TreeSet<Long> days = new TreeSet<>();
        for (int n = 0; n < f.nodeCount; n++) {
            days.add(f.arriveDay[n]);
        }
        int target = shippable(f, Long.MAX_VALUE);
        if (target == 0) {
            return null;
        }
        for (long day : days) {
            if (shippable(f, day) == target) {
                return day;
            }
        }
        return null;
    }

    private static int shippable(OrderProblem f, long day) {
        if (f.shipComplete) {
            for (int n = 0; n < f.nodeCount; n++) {
                boolean whole = f.arriveDay[n] <= day;
                for (int l = 0; l < f.lineCount && whole; l++) {
                    whole = f.avail[n][l] >= f.qty[l];
                }
                if (whole) {
                    return f.totalUnits;
                }
            }
            return 0;
        }
        int units = 0;
        for (int l = 0; l < f.lineCount; l++) {
            int have = 0;
            for (int n = 0; n < f.nodeCount; n++) {
                if (f.arriveDay[n] <= day) {
                    have += f.avail[n][l];
                }
            }
            units += Math.min(have, f.qty[l]);
        }
        return units;
    }
}

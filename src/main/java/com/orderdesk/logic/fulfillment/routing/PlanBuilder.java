package com.orderdesk.logic.fulfillment.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns an assignment x[node][line] into the public {@link OrderPlan}, with its cost broken down. */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static OrderPlan build(OrderProblem p, int[][] x, boolean optimal) {
        return build(p, x, optimal, 0);
    }

    static OrderPlan build(OrderProblem p, SolveResult r) {
        return build(p, r.x(), r.optimal(), r.lowerBound());
    }

    /** With a proven lower bound of the order's optimum (ignored when optimal: the cost is then the bound). */
    static OrderPlan build(OrderProblem p, int[][] x, boolean optimal, double lowerBound) {
        List<Shipment> shipments = new ArrayList<>();
        int[] shipped = new int[p.lineCount];
        CostBreakdown total = CostBreakdown.ZERO;
        for (int n = 0; n < p.nodeCount; n++) {
            int units = 0;
            long w = 0;
            List<OrderLine> lines = new ArrayList<>();
            for (int l = 0; l < p.lineCount; l++) {
                if (x[n][l] > 0) {
                    units += x[n][l];
                    w += x[n][l] * p.weight[l];
                    shipped[l] += x[n][l];
                    lines.add(new OrderLine(p.skuId[l], x[n][l]));
                }
            }
            if (units == 0) {
                continue;
            }
            CostBreakdown cost = new CostBreakdown(p.handling[n], p.pick[n] * units, p.rate(n, w), 0);
            total = total.plus(cost);
            boolean dated = p.delivery.active();
            shipments.add(new Shipment(p.nodeInfo[n].id(), p.distanceKm[n], p.rates.zoneNumber(p.zone[n]),
                    RateTable.toKg(w), units, cost.total(), cost, lines,
                    dated ? p.delivery.serviceName(p.service[n]) : null,
                    dated ? LocalDate.ofEpochDay(p.shipDay[n]) : null,
                    dated ? LocalDate.ofEpochDay(p.arriveDay[n]) : null));
        }
        shipments.sort(Comparator.comparingDouble(Shipment::distanceKm));
        List<OrderLine> backordered = new ArrayList<>();
        int missing = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int left = p.qty[l] - shipped[l];
            if (left > 0) {
                backordered.add(new OrderLine(p.skuId[l], left));
                missing += left;
            }
        }
        total = total.plus(new CostBreakdown(0, 0, 0, p.backorderPenalty * missing));
        double bound = optimal ? total.total() : Math.min(lowerBound, total.total());
        return new OrderPlan(p.order.id(), total.total(), optimal, shipments, backordered, total, bound);
    }
}

package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns an assignment x[node][line] into the public {@link OrderPlan}, with its cost broken down. */
final class PlanBuilder {
    private PlanBuilder() {
    }

    static OrderPlan build(OrderProblem p, int[][] x, boolean optimal) {
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
            shipments.add(new Shipment(p.nodeInfo[n].id(), p.distanceKm[n], p.rates.zoneNumber(p.zone[n]),
                    RateTable.toKg(w), units, cost.total(), cost, lines));
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
        return new OrderPlan(p.order.id(), total.total(), optimal, shipments, backordered, total);
    }
}

package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderPlan;

/** One row of the alternatives table: a plan with its cost broken down and its difference from the best. */
public record AlternativeRow(String label, String nodes, double handling, double picking, double rate, double backorder,
                             double total, double delta, OrderPlan plan) {
    static AlternativeRow of(String label, OrderPlan plan, double best) {
        var b = plan.breakdown();
        return new AlternativeRow(label, String.join(", ", plan.nodeIds()), b.handling(), b.picking(), b.rate(), b.backorder(),
                plan.cost(), plan.cost() - best, plan);
    }

    public boolean selectable() {
        return plan != null;
    }
}

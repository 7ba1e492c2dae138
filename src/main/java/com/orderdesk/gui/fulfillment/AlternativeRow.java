package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import java.math.BigDecimal;

/** One row of the alternatives table: a plan with its cost broken down and its difference from the best. */
/**
 * {@code total} is the plan's {@link OrderPlan#amount()}, the sum of its shipments as they show and are stored, and
 * {@code delta} the difference of two such totals: the exact cost rounded once was a cent off the plan's shipments (tour14).
 */
public record AlternativeRow(String label, String nodes, double handling, double picking, double rate, double backorder,
                             BigDecimal total, BigDecimal delta, OrderPlan plan) {
    static AlternativeRow of(String label, OrderPlan plan, BigDecimal best) {
        var b = plan.breakdown();
        return new AlternativeRow(label, String.join(", ", plan.nodeIds()), b.handling(), b.picking(), b.rate(), b.backorder(),
                plan.amount(), plan.amount().subtract(best), plan);
    }

    public boolean selectable() {
        return plan != null;
    }
}

package com.orderdesk.logic.fulfillment.routing;

/** Where the money of a plan goes: handling per shipment, picking per unit, the zone rate, and backorder penalties. */
public record CostBreakdown(double handling, double picking, double rate, double backorder) {
    public static final CostBreakdown ZERO = new CostBreakdown(0, 0, 0, 0);

    public double total() {
        return handling + picking + rate + backorder;
    }

    public CostBreakdown plus(CostBreakdown o) {
        return new CostBreakdown(handling + o.handling, picking + o.picking, rate + o.rate, backorder + o.backorder);
    }
}

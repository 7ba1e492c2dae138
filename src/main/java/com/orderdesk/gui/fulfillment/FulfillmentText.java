package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.fulfillment.OrderRoutingView;

/** What the fulfillment screen's empty tables say, in plain Java (no JavaFX). */
final class FulfillmentText {
    private FulfillmentText() {
    }

    /**
     * The empty queue: that no order awaits fulfillment, or, when the search hides the {@code all}
     * orders that do, that it does ("No orders await fulfillment" with 40 waiting misled, as it did on
     * the credit holds, see HoldDeskText.empty).
     */
    static String emptyQueue(int all) {
        return all == 0 ? Messages.get("fulfil.queue.empty")
                : String.format("No order matches the search; %,d %s fulfillment.", all, all == 1 ? "order awaits" : "orders await");
    }

    /**
     * The empty plan: with no order chosen, what to do; with one chosen, what is true of it (a
     * backordered order read "select an order in the queue" although one was selected).
     */
    static String emptyPlan(OrderRoutingView selected) {
        if (selected == null) {
            return Messages.get("fulfil.plan.empty");
        }
        if (!selected.backordered().isEmpty()) {
            return "Nothing on " + selected.orderNumber() + " could be planned from stock: it waits as a backorder (below).";
        }
        return "No shipment planned for " + selected.orderNumber() + ": Route order (Alt+R) plans one.";
    }
}

package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderStatus;

/**
 * An order's status follows its money to the end: an INVOICED order (every shipment invoiced)
 * whose invoices are all settled, by payments or credit memos, is PAID; a PAID order whose money
 * is taken back (a reversed cash application) is INVOICED again. Other statuses are the work's,
 * not the money's, and stay as they are.
 */
public final class OrderMoneyStatus {
    private OrderMoneyStatus() {
    }

    public static OrderStatus follow(OrderStatus current, InvoiceTally tally) {
        if (current == OrderStatus.INVOICED && tally.invoices() > 0 && tally.open() == 0) {
            return OrderStatus.PAID;
        }
        if (current == OrderStatus.PAID && tally.open() > 0) {
            return OrderStatus.INVOICED;
        }
        return current;
    }
}

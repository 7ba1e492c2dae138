package com.orderdesk.application.order;

import com.orderdesk.logic.order.OrderMoneyStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * What the cash desk and invoicing ask of orders as a step of their own use case, inside their
 * unit of work: after money was applied, reversed or credited, the orders of the invoices touched
 * take the status their money gives them ({@link OrderMoneyStatus}). Not a person's decision, so
 * not audited on its own: the cash application or credit memo that caused it is.
 */
public final class OrderSettlement {
    private final OrderRepository orders;

    public OrderSettlement(OrderRepository orders) {
        this.orders = orders;
    }

    /** Brings each order's status in line with its invoices; ids may repeat or be null (invoices without an order). */
    public void follow(Collection<Long> orderIds) {
        for (Long id : new LinkedHashSet<>(orderIds)) {
            if (id == null) {
                continue;
            }
            SalesOrder order = orders.order(id).orElse(null);
            if (order == null) {
                continue;
            }
            OrderStatus next = OrderMoneyStatus.follow(order.status(), orders.invoiceTally(id));
            if (next != order.status()) {
                order.setStatus(next);
            }
        }
        orders.flush();
    }
}

package com.orderdesk.application.order;

import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.order.CopiedOrder;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a stored order into a new draft, in a read unit: prices are resolved again for today
 * (the customer's contract price valid today, else the list price), so a repeat order is never
 * taken at last year's price; typed (overridden) prices are not carried over, line discounts are.
 */
final class OrderCopying {
    private final OrderRepository orders;

    OrderCopying(OrderRepository orders) {
        this.orders = orders;
    }

    CopiedOrder copy(SalesOrder source, LocalDate today) {
        List<OrderLineDraft> lines = new ArrayList<>();
        List<LineQuote> quotes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SalesOrderLine l : source.lines()) {
            if (!l.product().active()) {
                notes.add(l.sku() + " is discontinued and was left out.");
                continue;
            }
            LineQuote q = orders.quote(l.product().id(), source.customer().id(), today);
            if (l.priceSource() == PriceSource.OVERRIDE) {
                notes.add(l.sku() + ": the price typed on " + source.number() + " (" + l.unitPrice()
                        + ") is not carried over; today's price is " + q.unitPrice() + ".");
            } else if (!q.unitPrice().equals(l.unitPrice())) {
                notes.add(l.sku() + " is " + q.unitPrice() + " today (it was " + l.unitPrice() + ").");
            }
            lines.add(new OrderLineDraft(l.product().id(), l.sku(), l.quantity(), null, l.discountPct()));
            quotes.add(q);
        }
        OrderDraft draft = new OrderDraft(null, null, source.customer().id(),
                source.shipTo() == null ? null : source.shipTo().id(), source.channel(), null, null, source.notes(), lines);
        return new CopiedOrder(source.number(), draft, quotes, notes);
    }
}

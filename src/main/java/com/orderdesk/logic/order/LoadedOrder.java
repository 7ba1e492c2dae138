package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.logic.catalog.LineQuote;
import java.util.List;

/**
 * A stored order opened for viewing or amending: the draft to edit, the line details to show,
 * and whether it may still be amended.
 */
public record LoadedOrder(String number, OrderStatus status, long version, OrderDraft draft, List<LineQuote> lineQuotes,
                          OrderTotals totals, String enteredBy) {
    public boolean amendable() {
        return status.isAmendable();
    }
}

package com.orderdesk.gui.order;

import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * Order entry as the order inbox's review uses it: a draft read from a message shown in an order
 * entry screen of its own, with the same keyboard editing, autocomplete, prices and totals as a
 * keyed order; its save goes to the inbox, which keeps the message with the order.
 */
public final class CapturedOrder {
    /** The draft with its customer's context and a quote per line, read off the FX thread. */
    public record Prepared(OrderDraft draft, CustomerContext customer, List<LineQuote> quotes) {
    }

    private CapturedOrder() {
    }

    /** Reads what the screen shows for {@code draft} (call off the FX thread). */
    public static Prepared prepare(OrderDeskServices services, OrderDraft draft) {
        CustomerContext ctx = draft.customerId() == null ? null : services.customerContext(draft.customerId());
        List<LineQuote> quotes = new ArrayList<>();
        for (OrderLineDraft l : draft.lines()) {
            quotes.add(services.quote(l.productId(), draft.customerId()));
        }
        return new Prepared(draft, ctx, quotes);
    }

    /** Shows the prepared draft in {@code entry} (on the FX thread); Ctrl+S sends it to {@code save}. */
    public static void show(OrderEntryController entry, Prepared p, OrderSave save) {
        entry.viewModel().loadCaptured(p.draft(), p.customer(), p.quotes(), save);
        entry.showNewDraft(p.customer());
    }
}

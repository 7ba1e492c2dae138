package com.orderdesk.logic.order;

import com.orderdesk.logic.catalog.LineQuote;
import java.util.List;

/**
 * An old order copied into a new, unsaved one: the same customer, ship-to, channel and lines at
 * today's prices (the number is taken when it is saved). {@code notes} tell the clerk what
 * differs from the old order (a price that changed, an overridden price not carried over, a
 * discontinued product left out).
 */
public record CopiedOrder(String sourceNumber, OrderDraft draft, List<LineQuote> lineQuotes, List<String> notes) {
    public CopiedOrder {
        lineQuotes = List.copyOf(lineQuotes);
        notes = List.copyOf(notes);
    }
}

package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A touchless draft as the order a clerk would have keyed: the book's ids for its customer,
 * ship-to and products, the channel it came by, and no price of its own (the order takes the
 * contract or list price, as on the phone; the engine already checked a stated price against it).
 */
final class DraftOrders {
    /** Why a draft cannot become an order as it stands: the inbox keeps it to review with this sentence. */
    static final class NotSaveable extends RuntimeException {
        NotSaveable(String message) {
            super(message);
        }
    }

    private final InboxRepository repo;

    DraftOrders(InboxRepository repo) {
        this.repo = repo;
    }

    /** Call inside a unit of work. */
    OrderDraft order(Draft d) {
        if (d.customerNo() == null) {
            throw new NotSaveable("no customer");
        }
        long customerId = repo.customerId(d.customerNo())
                .orElseThrow(() -> new NotSaveable("customer " + d.customerNo() + " is not in the book (or no longer active)"));
        Long shipToId = repo.shipToId(customerId, d.shipTo()).orElseThrow(
                () -> new NotSaveable("ship-to " + (d.shipTo() == null ? "(default)" : d.shipTo()) + " of " + d.customerNo()
                        + " is not in the book"));
        Map<String, Long> ids = repo.productIds(d.lines().stream().map(DraftLine::sku).filter(Objects::nonNull).toList());
        List<OrderLineDraft> lines = new ArrayList<>();
        for (DraftLine l : d.lines()) {
            Long id = l.sku() == null ? null : ids.get(l.sku());
            if (id == null || l.quantity() == null || l.quantity() <= 0 || l.quantity() > Integer.MAX_VALUE) {
                throw new NotSaveable("line \"" + l.text().strip() + "\" names no product and quantity the book knows");
            }
            lines.add(new OrderLineDraft(id, l.sku(), l.quantity().intValue(), null, null));
        }
        return new OrderDraft(null, null, customerId, shipToId, channel(d), d.poNumber(), d.requestedDate(), null, lines);
    }

    /**
     * What the clerk starts the review from: every field and line the engine was sure enough of to
     * name in the book (a customer, a ship-to, a product with a quantity); the rest is left for
     * the clerk to type. Call inside a unit of work.
     */
    OrderDraft proposal(Draft d) {
        Long customerId = d.customerNo() == null ? null : repo.customerId(d.customerNo()).orElse(null);
        Long shipToId = customerId == null ? null : repo.shipToId(customerId, d.shipTo()).orElse(null);
        Map<String, Long> ids = repo.productIds(d.lines().stream().map(DraftLine::sku).filter(Objects::nonNull).toList());
        List<OrderLineDraft> lines = new ArrayList<>();
        for (DraftLine l : d.lines()) {
            Long id = l.sku() == null ? null : ids.get(l.sku());
            if (id != null && l.quantity() != null && l.quantity() > 0 && l.quantity() <= Integer.MAX_VALUE) {
                lines.add(new OrderLineDraft(id, l.sku(), l.quantity().intValue(), null, null));
            }
        }
        return new OrderDraft(null, null, customerId, shipToId, channel(d), d.poNumber(), d.requestedDate(), null, lines);
    }

    static OrderChannel channel(Draft d) {
        return OrderChannel.valueOf(d.channel().name());
    }

    /** The draft's total at the prices read (before tax), or null when no line has both quantity and price. */
    static Money total(Draft d) {
        Money sum = null;
        for (DraftLine l : d.lines()) {
            if (l.quantity() != null && l.unitPrice() != null) {
                Money line = Money.of(l.unitPrice()).times(l.quantity());
                sum = sum == null ? line : sum.plus(line);
            }
        }
        return sum;
    }
}

package com.orderdesk.application.order;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.kpi.OrderTouches;
import com.orderdesk.application.credit.CreditCheckStep;
import com.orderdesk.application.fulfillment.OrderFulfillment;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.order.CopiedOrder;
import com.orderdesk.logic.order.EarlierOrderOnPo;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.OrderTimeline;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.OrderValidator;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.order.SecondOrderOnPoException;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.store.SearchText;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entering, amending, opening, listing and cancelling sales orders. A save is one unit of work:
 * the order gets the next number of its series, is priced and taxed ({@link OrderPricing}), is
 * checked for credit (held, or released and routed by fulfillment) and audited, all or nothing.
 */
public final class OrderUseCases {
    static final String ORDER_SAVE = "ORDER_SAVE";
    static final String ORDER_CANCEL = "ORDER_CANCEL";
    /** A user confirmed a new order on a PO the customer's earlier order already carries. */
    public static final String ORDER_SECOND_ON_PO = "ORDER_SECOND_ON_PO";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final OrderRepository orders;
    private final CreditCheckStep creditCheck;
    private final OrderFulfillment fulfillment;
    private final AuditRecorder audit;
    private final OrderPricing pricing;
    private final Clock clock;
    private final OrderHistoryRepository history;
    private final OrderTouches touches;

    public OrderUseCases(UnitOfWork uow, AccessControl access, OrderRepository orders, CreditCheckStep creditCheck,
                         OrderFulfillment fulfillment, AuditRecorder audit, TaxRates taxRates, Clock clock,
                         OrderHistoryRepository history, OrderTouches touches) {
        this.history = history;
        this.touches = touches;
        this.uow = uow;
        this.access = access;
        this.orders = orders;
        this.creditCheck = creditCheck;
        this.fulfillment = fulfillment;
        this.audit = audit;
        this.pricing = new OrderPricing(orders, taxRates);
        this.clock = clock;
    }

    public SavedOrder save(SignedInUser user, OrderDraft draft) {
        return save(user, draft, null);
    }

    /**
     * Saves a new order copied from {@code copiedFrom} (an order number, kept in the audit entry so
     * the new order's timeline says where it came from); otherwise as {@link #save(SignedInUser, OrderDraft)}.
     */
    public SavedOrder save(SignedInUser user, OrderDraft draft, String copiedFrom) {
        return save(user, draft, copiedFrom, false);
    }

    /**
     * As {@link #save(SignedInUser, OrderDraft, String)}; {@code newOrderOnSamePo}: the user confirmed
     * that an order on a PO the customer's earlier order already carries is a new order, not the same
     * one sent again. Without it such a save is refused ({@link SecondOrderOnPoException}, naming the
     * earlier order); with it the decision is audited ({@value #ORDER_SECOND_ON_PO}).
     */
    public SavedOrder save(SignedInUser user, OrderDraft draft, String copiedFrom, boolean newOrderOnSamePo) {
        return save(user, draft, copiedFrom, null, false, newOrderOnSamePo);
    }

    /**
     * Saves a new order read from an inbound message (the order inbox): the same checks, credit
     * check and routing as a keyed order, with "captured from {@code capturedFrom}" (the file) in
     * the audit entry and the order's timeline.
     */
    public SavedOrder saveCaptured(SignedInUser user, OrderDraft draft, String capturedFrom) {
        return save(user, draft, null, capturedFrom, false, false);
    }

    /**
     * Saves a new order from an inbound message a person reviewed and fixed first (the inbox's
     * "to review"): as {@link #saveCaptured}, and the review is a person's touch (kpi contract:
     * "a review"), recorded with the save's audit entry, which names the reviewer. Without it a
     * reviewed order counted as touchless on the dashboard while the inbox said "Saved after review".
     */
    public SavedOrder saveReviewed(SignedInUser user, OrderDraft draft, String capturedFrom, boolean newOrderOnSamePo) {
        return save(user, draft, null, capturedFrom, true, newOrderOnSamePo);
    }

    private SavedOrder save(SignedInUser user, OrderDraft draft, String copiedFrom, String capturedFrom, boolean reviewed,
                            boolean newOrderOnSamePo) {
        access.require(user, Permission.ENTER_ORDER);
        if (draft.lines().stream().anyMatch(l -> l.unitPrice() != null)) {
            access.require(user, Permission.OVERRIDE_PRICE);
        }
        LocalDate today = LocalDate.now(clock);
        List<ValidationProblem> problems = OrderValidator.validate(draft, today);
        if (!problems.isEmpty()) {
            throw new OrderValidationException(problems);
        }
        String source = draft.isNew() && copiedFrom != null && !copiedFrom.isBlank() ? copiedFrom.strip() : null;
        String captured = draft.isNew() && capturedFrom != null && !capturedFrom.isBlank() ? capturedFrom.strip() : null;
        return uow.write(draft.isNew() ? "Saving the new order" : "Saving the order",
                () -> store(user, draft, today, source, captured, reviewed, newOrderOnSamePo));
    }

    /**
     * A new draft with {@code orderId}'s customer, ship-to, channel and lines at today's prices, for
     * the clerk to check and save as a new order (nothing is stored until then).
     */
    public CopiedOrder copy(SignedInUser user, long orderId) {
        access.require(user, Permission.ENTER_ORDER);
        return uow.read(() -> new OrderCopying(orders).copy(
                orders.order(orderId).orElseThrow(() -> new StoreException("No order with id " + orderId)), LocalDate.now(clock)));
    }

    private SavedOrder store(SignedInUser user, OrderDraft draft, LocalDate today, String copiedFrom, String capturedFrom,
                             boolean reviewed, boolean newOrderOnSamePo) {
        boolean created = draft.isNew();
        SalesOrder order = created ? null : amendable(draft, user);
        EarlierOrderOnPo earlier = earlierOnSamePo(draft, order);
        if (earlier != null && !newOrderOnSamePo) {
            throw new SecondOrderOnPoException(earlier);
        }
        var priced = pricing.price(draft, today, order, user.userName(), clock.instant());
        order = priced.order();
        if (created) {
            order.setStatus(OrderStatus.ENTERED);
            orders.add(order);
        }
        orders.flush();
        audit.record(user, AuditEvent.of(user.userName(), ORDER_SAVE, "ORDER", order.number())
                .withChange(null, AuditValues.json(saveSummary(order, priced.totals(), created, copiedFrom, capturedFrom,
                        reviewed ? user.userName() : null, draft.delivery()))));
        if (earlier != null) {
            audit.record(user, AuditEvent.of(user.userName(), ORDER_SECOND_ON_PO, "ORDER", order.number())
                    .withChange(null, AuditValues.json(Map.of("customer", order.customer().number(), "po", earlier.poNumber(),
                            "earlierOrder", earlier.orderNumber())))
                    .withReason("confirmed a new order on PO " + earlier.poNumber() + ", already received as "
                            + earlier.orderNumber()));
        }
        // an amendment, or a captured order's review, is a person's touch; keying is capture
        if (!created || reviewed) touches.touched(user, order.id(), ORDER_SAVE);
        // Every save or amendment is checked in the same transaction: CREDIT_HOLD with its reasons,
        // or RELEASED on to fulfillment; a prior release is honoured within the re-check rule.
        creditCheck.checkAndStore(user, order, created);
        orders.flush();
        return new SavedOrder(order.id(), order.number(), order.version(), order.status(), priced.totals(), created);
    }

    /**
     * The customer's order (open or shipped, not cancelled) already on the draft's PO, or null: for a
     * new order, and for an amendment only when it changes the PO (an order saved with a confirmed
     * duplicate is not asked about again at each amendment).
     */
    private EarlierOrderOnPo earlierOnSamePo(OrderDraft draft, SalesOrder amended) {
        String key = EarlierOrderOnPo.key(draft.customerPo());
        if (key == null || draft.customerId() == null) {
            return null;
        }
        if (amended != null && key.equals(EarlierOrderOnPo.key(amended.customerPo()))
                && java.util.Objects.equals(amended.customer().id(), draft.customerId())) {
            return null;
        }
        return orders.earlierOrderOnPo(draft.customerId(), key, amended == null ? null : amended.id()).orElse(null);
    }

    private SalesOrder amendable(OrderDraft draft, SignedInUser user) {
        SalesOrder order = orders.order(draft.orderId()).orElseThrow(
                () -> new StoreException("The order no longer exists; it may have been removed by another desk."));
        if (draft.expectedVersion() != null && order.version() != draft.expectedVersion()) {
            throw new com.orderdesk.logic.store.ConcurrentEditException("Order " + order.number() + " was changed by "
                    + (order.lastChangedBy() == null ? order.enteredBy() : order.lastChangedBy())
                    + " after you opened it. Your entries are still on screen; reopen the order to see the other"
                    + " changes, then enter yours again.");
        }
        if (!order.status().isAmendable()) {
            throw new StoreException("Order " + order.number() + " is " + order.status().label()
                    + " and can no longer be amended.");
        }
        if (order.status() == OrderStatus.ALLOCATED || order.status() == OrderStatus.RELEASED) {
            // its plans are withdrawn (planned shipments deleted, their stock given back,
            // backorders dropped) since its lines are replaced; it is routed again after the
            // credit check (refused when a shipment is already at the warehouse)
            fulfillment.withdrawPlans(user, order.id());
            order.setStatus(OrderStatus.RELEASED);
        }
        return order;
    }

    private static Map<String, Object> saveSummary(SalesOrder order, OrderTotals totals, boolean created, String copiedFrom,
                                                   String capturedFrom, String reviewedBy, OrderDraft.DeliveryChoice delivery) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", created ? "new" : "amended");
        if (copiedFrom != null) {
            m.put("copiedFrom", copiedFrom);
        }
        if (capturedFrom != null) {
            m.put("capturedFrom", capturedFrom);
        }
        if (reviewedBy != null) {
            m.put("reviewedBy", reviewedBy);
        }
        m.put("customer", order.customer().number());
        m.put("lines", order.lines().size());
        m.put("total", totals.total().toString());
        if (order.requestedDate() != null) {
            m.put("requestedDate", order.requestedDate().toString());
        }
        if (delivery != null) {
            // the way the clerk picked and promised the caller: who chose what, at what quoted cost
            m.put("deliveryChoice", delivery.description());
            m.put("promisedDate", String.valueOf(delivery.deliverBy()));
            if (delivery.quotedCost() != null) {
                m.put("quotedDeliveryCost", delivery.quotedCost().toPlainString());
            }
        }
        List<String> overrides = order.lines().stream().filter(l -> l.priceSource() == PriceSource.OVERRIDE)
                .map(l -> l.sku() + " at " + l.unitPrice()).toList();
        if (!overrides.isEmpty()) {
            m.put("priceOverrides", String.join(", ", overrides));
        }
        return m;
    }

    public LoadedOrder load(SignedInUser user, long orderId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> {
            SalesOrder o = orders.order(orderId).orElseThrow(() -> new StoreException("No order with id " + orderId));
            List<OrderLineDraft> lines = new ArrayList<>();
            List<LineQuote> quotes = new ArrayList<>();
            List<PricedLine> priced = new ArrayList<>();
            for (SalesOrderLine l : o.lines()) {
                lines.add(new OrderLineDraft(l.product().id(), l.sku(), l.quantity(),
                        l.priceSource() == PriceSource.OVERRIDE ? l.unitPrice() : null, l.discountPct()));
                LineQuote q = orders.quote(l.product().id(), o.customer().id(), o.orderDate());
                quotes.add(new LineQuote(q.productId(), l.sku(), l.description(), q.unit(), l.unitPrice(), l.priceSource(),
                        q.listPrice(), q.available(), l.taxable(), q.weightGrams()));
                priced.add(PricedLine.of(l.product().id(), l.sku(), l.description(), l.quantity(), l.unitPrice(),
                        l.priceSource(), l.discountPct(), l.taxable()));
            }
            OrderDraft draft = new OrderDraft(o.id(), o.version(), o.customer().id(),
                    o.shipTo() == null ? null : o.shipTo().id(), o.channel(), o.customerPo(), o.requestedDate(), o.notes(), lines,
                    o.deliveryChoice() == null ? null : new OrderDraft.DeliveryChoice(o.deliverBy(), o.deliveryChoice()));
            return new LoadedOrder(o.number(), o.status(), o.version(), draft, quotes, OrderTotals.of(priced, o.taxRate()),
                    o.enteredBy());
        });
    }

    /**
     * The order's life in the order it happened, from the book and the audit trail: entered, credit
     * decisions with their reasons, routing and overrides, shipments, invoices, credit memos,
     * payments, and its end.
     */
    public List<TimelineEvent> timeline(SignedInUser user, long orderId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> new OrderTimeline(clock.getZone()).of(history.history(orderId)
                .orElseThrow(() -> new StoreException("No order with id " + orderId))));
    }

    public Listing<OrderListRow> list(SignedInUser user, OrderFilter filter) {
        access.require(user, Permission.VIEW_ORDERS);
        SearchText.check(filter.text());
        return uow.read(() -> orders.list(filter));
    }

    /** How many orders match {@code filter} in all and their total, for "1,000 of 3,412 shown" and the footer's total. */
    public com.orderdesk.logic.order.OrderListTally tally(SignedInUser user, OrderFilter filter) {
        access.require(user, Permission.VIEW_ORDERS);
        SearchText.check(filter.text());
        return uow.read(() -> orders.tally(filter));
    }

    /**
     * Cancels an order that has not shipped: its planned shipments are cancelled and their stock
     * given back, in one unit of work with the audit entry and its reason.
     */
    public String cancel(SignedInUser user, long orderId, String reason) {
        access.require(user, Permission.CANCEL_ORDER);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the order is cancelled (the reason is kept in the audit trail).");
        }
        return uow.write("Cancelling the order", () -> {
            SalesOrder o = orders.order(orderId).orElseThrow(() -> new StoreException("No order with id " + orderId));
            if (o.status() == OrderStatus.CANCELLED) {
                throw new StoreException("Order " + o.number() + " is already cancelled.");
            }
            if (o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.INVOICED || o.status() == OrderStatus.PAID) {
                throw new StoreException("Order " + o.number() + " is " + o.status().label()
                        + "; an order that has shipped is not cancelled (return the goods instead).");
            }
            OrderStatus before = o.status();
            fulfillment.releaseStock(user, o.id());
            o.setStatus(OrderStatus.CANCELLED);
            o.markChanged(user.userName(), clock.instant());
            audit.record(user, AuditEvent.of(user.userName(), ORDER_CANCEL, "ORDER", o.number())
                    .withChange(AuditValues.json(Map.of("status", before.name())), AuditValues.json(Map.of("status", "CANCELLED")))
                    .withReason(reason.strip()));
            touches.touched(user, o.id(), ORDER_CANCEL);
            return o.number();
        });
    }
}

package com.orderdesk.application.order;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.MovingClock;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one order through its whole life with the real use cases, each step an hour after the
 * last: entered for a customer on manual hold, released by the credit manager, routed, re-planned
 * by hand, released to the warehouse and shipped, invoiced, and paid by cheque.
 */
public final class OrderLife {
    public final TestBook book;
    public final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T09:00:00Z"));
    public final AppServices services;
    public final SignedInUser clerk;
    public final SignedInUser manager;
    public final SignedInUser ar;
    public long orderId;
    public String orderNumber;
    public final List<String> invoices = new ArrayList<>();
    public DeskPayment payment;

    public OrderLife(TestBook book) {
        this.book = book;
        this.services = AppServices.over(book.db, TestBook.TAX, clock, TestBook.KEY_ITERATIONS);
        this.clerk = book.user("clerk1", Role.ORDER_CLERK);
        this.manager = book.user("carmen", Role.CREDIT_MANAGER);
        this.ar = book.user("ar1", Role.AR_CLERK);
    }

    private void later() {
        clock.advance(Duration.ofHours(1));
    }

    /** Entered while Acme is on manual hold: held for credit. */
    public OrderLife entered() {
        services.credit().setManualHold(manager, book.acmeId, true, "Cheque bounced last week");
        later();
        var saved = services.orders().save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE,
                "PO-LIFE", null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 10, null, BigDecimal.ZERO),
                new OrderLineDraft(book.towelId, "TWL-ROLL-8", 2, null, BigDecimal.ZERO))));
        orderId = saved.id();
        orderNumber = saved.number();
        return this;
    }

    /** The credit manager releases it; fulfillment routes it in the same unit. */
    public OrderLife released() {
        later();
        services.credit().release(manager, orderId, "Customer paid the bounced cheque in cash");
        return this;
    }

    /** The clerk moves 4 gloves to the other node, with a reason. */
    public OrderLife overridden() {
        later();
        OrderRoutingView v = services.fulfillment().load(clerk, orderId);
        PlanPricer pricer = new PlanPricer(v.scenario());
        Map<String, Map<String, Integer>> stored = new LinkedHashMap<>();
        for (StoredShipment s : v.activeShipments()) {
            s.lines().forEach(l -> stored.computeIfAbsent(s.nodeCode(), k -> new LinkedHashMap<>()).merge(l.sku(), l.planned(), Integer::sum));
        }
        var order = v.scenario().orders().get(0);
        OrderPlan current = pricer.price(order, stored);
        String from = stored.entrySet().stream().filter(e -> e.getValue().containsKey("GLV-NIT-L")).findFirst().orElseThrow().getKey();
        String to = from.equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        services.fulfillment().override(clerk, orderId, pricer.moveLine(order, current, from, "GLV-NIT-L", to, 4),
                "Chicago store clears aisle stock");
        return this;
    }

    /** Each shipment released to its warehouse and shipped in full. */
    public OrderLife shipped() {
        for (StoredShipment s : services.fulfillment().load(clerk, orderId).activeShipments()) {
            later();
            services.shipping().releaseToWarehouse(clerk, s.id());
            later();
            long version = services.fulfillment().load(clerk, orderId).activeShipments().stream()
                    .filter(x -> x.id() == s.id()).findFirst().orElseThrow().version();
            services.shipping().confirmShipped(clerk, new ShipConfirmation(s.id(), version, "UPS Ground",
                    "1Z" + s.number().replace("SH-", ""), TestBook.TODAY, Map.of()));
        }
        return this;
    }

    public OrderLife invoiced() {
        later();
        List<Long> ids = services.fulfillment().load(clerk, orderId).activeShipments().stream().map(StoredShipment::id).toList();
        var result = services.invoicing().issueInvoices(ar, ids);
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().toString());
        }
        invoices.addAll(result.issued());
        return this;
    }

    public Money open(String invoice) {
        return book.db.read(s -> s.createSelectionQuery("select i.openAmount from Invoice i where i.number = :n", Money.class)
                .setParameter("n", invoice).getSingleResult());
    }

    /** One cheque for every invoice of the order, posted to them. */
    public OrderLife paid() {
        return paid(Map.of());
    }

    /** One cheque for the first invoice of the order, for {@code amount} of it, posted to it (the rest stays open). */
    public OrderLife paidPart(BigDecimal amount) {
        return paid(Map.of(invoices.get(0), amount));
    }

    /** One cheque posted to every invoice of the order: what {@code amounts} says for an invoice, else all that is open. */
    private OrderLife paid(Map<String, BigDecimal> amounts) {
        later();
        List<String> paying = amounts.isEmpty() ? invoices : List.copyOf(amounts.keySet());
        Map<String, BigDecimal> pay = new java.util.LinkedHashMap<>();
        paying.forEach(i -> pay.put(i, amounts.getOrDefault(i, open(i).amount())));
        BigDecimal total = pay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        payment = services.cash().enterCheque(ar, new ChequeInput("Acme Janitorial", "5521", "021000021", "555001",
                total, TestBook.TODAY, pay.entrySet().stream().map(e -> new ChequeInput.StubLine(e.getKey(), e.getValue(), null)).toList(),
                null));
        later();
        long version = services.cash().detail(ar, payment.id()).version();
        services.cash().post(ar, new PostRequest(payment.id(), version, "C-10001", pay.entrySet().stream()
                .map(e -> new PostRequest.Line(e.getKey(), e.getValue(), BigDecimal.ZERO, BigDecimal.ZERO, null)).toList()));
        return this;
    }

    public OrderLife reversed(String why) {
        later();
        services.cash().reverse(ar, payment.id(), services.cash().detail(ar, payment.id()).version(), why);
        return this;
    }

    public OrderStatus status() {
        return services.orders().load(clerk, orderId).status();
    }
}

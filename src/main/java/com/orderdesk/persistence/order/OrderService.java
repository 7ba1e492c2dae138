package com.orderdesk.persistence.order;

import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.credit.CreditCheckStore;
import com.orderdesk.logic.order.LoadedOrder;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.OrderValidator;
import com.orderdesk.logic.order.PriceResolver;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.logic.tax.SalesTax;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PersistenceErrors;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.persistence.catalog.ProductQueries;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Saving and opening sales orders: one transaction per save, which also runs the credit check
 * and writes its audit entry. A new order gets the next number of
 * the ORDER series inside that transaction; an amendment is refused when another desk saved the
 * order after this desk opened it.
 */
public final class OrderService implements com.orderdesk.logic.order.OrderBook {
    private final Database db;
    private final TaxRates taxRates;
    private final Clock clock;
    private final CreditCheckStore creditCheck;

    /** An order book checking credit with the default policy. */
    public OrderService(Database db, TaxRates taxRates, Clock clock) {
        this(db, taxRates, clock, new CreditCheckStore(new CreditEngine(CreditPolicy.defaults(), clock), new AuditLog(clock)));
    }

    public OrderService(Database db, TaxRates taxRates, Clock clock, CreditCheckStore creditCheck) {
        this.db = db;
        this.taxRates = taxRates;
        this.clock = clock;
        this.creditCheck = creditCheck;
    }

    @Override
    public SavedOrder save(OrderDraft draft, String user) {
        LocalDate today = LocalDate.now(clock);
        List<ValidationProblem> problems = OrderValidator.validate(draft, today);
        if (!problems.isEmpty()) {
            throw new OrderValidationException(problems);
        }
        String action = draft.isNew() ? "Saving the new order" : "Saving the order";
        try {
            return db.write(s -> store(s, draft, user, today));
        } catch (OrderValidationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(action, e);
        }
    }

    private SavedOrder store(Session s, OrderDraft draft, String user, LocalDate today) {
        Customer customer = s.find(Customer.class, draft.customerId());
        if (customer == null) {
            throw new StoreException("The customer of this order no longer exists.");
        }
        ShipToAddress shipTo = s.find(ShipToAddress.class, draft.shipToId());
        if (shipTo == null || !shipTo.customer().id().equals(customer.id())) {
            throw new OrderValidationException(List.of(new ValidationProblem("shipTo", 0,
                    "The ship-to address does not belong to " + customer.name() + "; choose one of its addresses.")));
        }
        Instant now = clock.instant();
        SalesOrder order;
        boolean created = draft.isNew();
        if (created) {
            order = new SalesOrder(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER), customer,
                    draft.channel(), today, user, now);
        } else {
            order = s.find(SalesOrder.class, draft.orderId());
            if (order == null) {
                throw new StoreException("The order no longer exists; it may have been removed by another desk.");
            }
            if (draft.expectedVersion() != null && order.version() != draft.expectedVersion()) {
                throw new ConcurrentEditException("Order " + order.number() + " was changed by "
                        + (order.lastChangedBy() == null ? order.enteredBy() : order.lastChangedBy())
                        + " after you opened it. Your entries are still on screen; reopen the order to see the other"
                        + " changes, then enter yours again.");
            }
            if (!order.status().isAmendable()) {
                throw new StoreException("Order " + order.number() + " is " + order.status().label()
                        + " and can no longer be amended.");
            }
            order.setCustomer(customer);
            order.clearLines();
            order.markChanged(user, now);
        }
        order.setHeader(draft.channel(), blankToNull(draft.customerPo()), draft.requestedDate(), blankToNull(draft.notes()));
        order.shipTo(shipTo);
        List<PricedLine> priced = new ArrayList<>();
        // Two queries for all lines (products, contract prices) rather than two per line.
        List<Long> ids = draft.lines().stream().map(OrderLineDraft::productId).distinct().toList();
        java.util.Map<Long, Product> products = new java.util.HashMap<>();
        s.createSelectionQuery("from Product p where p.id in :ids", Product.class).setParameter("ids", ids)
                .getResultList().forEach(p -> products.put(p.id(), p));
        java.util.Map<Long, com.orderdesk.model.common.Money> contracts = ProductQueries.contractPrices(s, customer.id(), ids, today);
        for (OrderLineDraft line : draft.lines()) {
            Product p = products.get(line.productId());
            if (p == null) {
                throw new StoreException("Product " + line.sku() + " no longer exists.");
            }
            PriceResolver.ResolvedPrice price = PriceResolver.resolve(line.unitPrice(),
                    java.util.Optional.ofNullable(contracts.get(p.id())), p.listPrice());
            PricedLine pl = PricedLine.of(p.id(), p.sku(), p.description(), line.quantity(), price.unitPrice(),
                    price.source(), line.discountPct(), p.taxable());
            priced.add(pl);
            order.addLine(new SalesOrderLine(p, pl.quantity(), pl.unitPrice(), pl.priceSource(), pl.discountPct(), pl.extended()));
        }
        BigDecimal rate = SalesTax.rateFor(taxRates, shipTo.address().state(), customer.taxExempt());
        OrderTotals totals = OrderTotals.of(priced, rate);
        order.setTotals(totals.subtotal(), totals.discount(), rate, totals.tax(), totals.total());
        if (created) {
            order.setStatus(OrderStatus.ENTERED);
            s.persist(order);
        }
        s.flush();
        // Every save or amendment is checked in the same transaction: CREDIT_HOLD with its reasons,
        // or RELEASED on to fulfillment; a prior release is honoured within the re-check rule.
        creditCheck.checkAndStore(s, order, user);
        s.flush();
        return new SavedOrder(order.id(), order.number(), order.version(), order.status(), totals, created);
    }

    @Override
    public LoadedOrder load(long orderId) {
        return db.read(s -> {
            SalesOrder o = s.find(SalesOrder.class, orderId);
            if (o == null) {
                throw new StoreException("No order with id " + orderId);
            }
            List<OrderLineDraft> lines = new ArrayList<>();
            List<LineQuote> quotes = new ArrayList<>();
            List<PricedLine> priced = new ArrayList<>();
            for (SalesOrderLine l : o.lines()) {
                lines.add(new OrderLineDraft(l.product().id(), l.sku(), l.quantity(),
                        l.priceSource() == com.orderdesk.model.order.PriceSource.OVERRIDE ? l.unitPrice() : null, l.discountPct()));
                LineQuote q = ProductQueries.quote(s, l.product().id(), o.customer().id(), o.orderDate());
                quotes.add(new LineQuote(q.productId(), l.sku(), l.description(), q.unit(), l.unitPrice(), l.priceSource(),
                        q.listPrice(), q.available(), l.taxable(), q.weightGrams()));
                priced.add(PricedLine.of(l.product().id(), l.sku(), l.description(), l.quantity(), l.unitPrice(),
                        l.priceSource(), l.discountPct(), l.taxable()));
            }
            OrderDraft draft = new OrderDraft(o.id(), o.version(), o.customer().id(),
                    o.shipTo() == null ? null : o.shipTo().id(), o.channel(), o.customerPo(), o.requestedDate(), o.notes(), lines);
            return new LoadedOrder(o.number(), o.status(), o.version(), draft, quotes, OrderTotals.of(priced, o.taxRate()),
                    o.enteredBy());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package com.orderdesk.application.order;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.PriceResolver;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.logic.tax.SalesTax;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft into the stored order's header and lines, inside the save's unit of work: the
 * customer's contract price valid on the order date (an amendment keeps its order's date; of
 * several contracts valid that day the latest valid-from wins), else the list price (a typed price is an
 * override), line discounts, and sales tax by the ship-to state (none for an exempt customer).
 */
final class OrderPricing {
    private final OrderRepository orders;
    private final TaxRates taxRates;

    OrderPricing(OrderRepository orders, TaxRates taxRates) {
        this.orders = orders;
        this.taxRates = taxRates;
    }

    record Priced(SalesOrder order, OrderTotals totals) {
    }

    /** A new order ({@code existing} null, numbered here) or the amended {@code existing}, priced and totalled. */
    Priced price(OrderDraft draft, LocalDate today, SalesOrder existing, String user, Instant now) {
        Customer customer = orders.customer(draft.customerId())
                .orElseThrow(() -> new StoreException("The customer of this order no longer exists."));
        ShipToAddress shipTo = orders.shipTo(draft.shipToId()).orElse(null);
        if (shipTo == null || !shipTo.customer().id().equals(customer.id())) {
            throw new OrderValidationException(List.of(new ValidationProblem("shipTo", 0,
                    "The ship-to address does not belong to " + customer.name() + "; choose one of its addresses.")));
        }
        if (existing == null && !customer.active()) {
            throw new OrderValidationException(List.of(new ValidationProblem("customer", 0, customer.number() + " "
                    + customer.name() + " is switched off and takes no new orders; switch it on in Customers first.")));
        }
        if (!shipTo.active() && (existing == null || existing.shipTo() == null || !shipTo.id().equals(existing.shipTo().id()))) {
            throw new OrderValidationException(List.of(new ValidationProblem("shipTo", 0,
                    "The ship-to " + shipTo.label() + " was removed from " + customer.name() + "; choose one of its addresses.")));
        }
        SalesOrder order = existing;
        // an amendment keeps its order date, and so the contract prices valid on it
        LocalDate priceDay = existing == null ? today : existing.orderDate();
        java.util.Set<Long> alreadyOrdered = new java.util.HashSet<>();
        if (existing != null) {
            existing.lines().forEach(l -> alreadyOrdered.add(l.product().id()));
        }
        if (order == null) {
            order = new SalesOrder(orders.nextOrderNumber(), customer, draft.channel(), today, user, now);
        } else {
            order.setCustomer(customer);
            order.clearLines();
            order.markChanged(user, now);
        }
        order.setHeader(draft.channel(), blankToNull(draft.customerPo()), draft.requestedDate(), blankToNull(draft.notes()));
        // the date the plan must meet: the faster way the clerk picked, else the requested date
        var choice = draft.delivery();
        order.setDelivery(choice == null ? draft.requestedDate() : choice.deliverBy(), choice == null ? null : choice.description());
        order.shipTo(shipTo);
        List<Long> ids = draft.lines().stream().map(OrderLineDraft::productId).distinct().toList();
        Map<Long, Product> products = orders.products(ids);
        Map<Long, Money> contracts = orders.contractPrices(customer.id(), ids, priceDay);
        List<PricedLine> priced = new ArrayList<>();
        for (OrderLineDraft line : draft.lines()) {
            Product p = products.get(line.productId());
            if (p == null) {
                throw new StoreException("Product " + line.sku() + " no longer exists.");
            }
            if (!p.active() && !alreadyOrdered.contains(p.id())) {
                // discontinued: no new orders; an order that already had it keeps its line
                throw new OrderValidationException(List.of(new ValidationProblem("lines[" + priced.size() + "].product",
                        priced.size() + 1, p.sku() + " is discontinued and takes no new orders; choose another product.")));
            }
            PriceResolver.ResolvedPrice price = PriceResolver.resolve(line.unitPrice(),
                    Optional.ofNullable(contracts.get(p.id())), p.listPrice());
            PricedLine pl = PricedLine.of(p.id(), p.sku(), p.description(), line.quantity(), price.unitPrice(),
                    price.source(), line.discountPct(), p.taxable());
            priced.add(pl);
            order.addLine(new SalesOrderLine(p, pl.quantity(), pl.unitPrice(), pl.priceSource(), pl.discountPct(), pl.extended()));
        }
        // an expired exemption certificate no longer counts: the sale is taxed (order entry warns)
        BigDecimal rate = SalesTax.rateFor(taxRates, shipTo.address().state(), customer.taxExemptOn(order.orderDate()));
        OrderTotals totals = OrderTotals.of(priced, rate);
        order.setTotals(totals.subtotal(), totals.discount(), rate, totals.tax(), totals.total());
        return new Priced(order, totals);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package com.orderdesk.gui.order;

import com.orderdesk.application.catalog.ProductLookup;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.fulfillment.DeliveryQuoting;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.fulfillment.routing.DeliveryQuote;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.TaxRates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the order screens need from the use cases, handed in by the app at start, each call made
 * as the user signed in at this desk.
 */
public record OrderDeskServices(CustomerLookup customers, ProductLookup products, OrderUseCases orders, TaxRates taxRates,
                                Clock clock, Supplier<SignedInUser> currentUser, DeliveryQuoting quoting) {

    /** Without delivery quotes (order entry then shows no dates). */
    public OrderDeskServices(CustomerLookup customers, ProductLookup products, OrderUseCases orders, TaxRates taxRates,
                             Clock clock, Supplier<SignedInUser> currentUser) {
        this(customers, products, orders, taxRates, clock, currentUser, null);
    }

    /** The delivery quote of the order as typed (orderId: the order amended, or null); empty when the book promises no dates. Off the FX thread. */
    Optional<DeliveryQuote> quoteDelivery(Long orderId, long shipToId, Map<Long, Integer> quantities, LocalDate requested) {
        return quoting == null ? Optional.empty() : quoting.quote(currentUser.get(), orderId, shipToId, quantities, requested);
    }

    List<CustomerHit> searchCustomers(String text, int limit) {
        return customers.search(currentUser.get(), text, limit);
    }

    CustomerContext customerContext(long customerId) {
        return customers.context(currentUser.get(), customerId, LocalDate.now(clock));
    }

    List<ProductHit> searchProducts(String text, int limit) {
        return products.search(currentUser.get(), text, limit);
    }

    LineQuote quote(long productId, Long customerId) {
        return products.quote(currentUser.get(), productId, customerId, LocalDate.now(clock));
    }

    SavedOrder save(OrderDraft draft) {
        return orders.save(currentUser.get(), draft);
    }

    LoadedOrder load(long orderId) {
        return orders.load(currentUser.get(), orderId);
    }

    SavedOrder save(OrderDraft draft, String copiedFrom, boolean newOrderOnSamePo) {
        return orders.save(currentUser.get(), draft, copiedFrom, newOrderOnSamePo);
    }

    java.util.List<com.orderdesk.logic.order.TimelineEvent> timeline(long orderId) {
        return orders.timeline(currentUser.get(), orderId);
    }

    /** An old order copied into a new draft, with its customer's context, as order entry shows it. */
    record Copied(com.orderdesk.logic.order.CopiedOrder order, CustomerContext customer) {
    }

    /** A stored order with its customer and timeline, as order entry opens it. */
    OpenedOrder open(long orderId) {
        LoadedOrder loaded = load(orderId);
        return new OpenedOrder(loaded, customerContext(loaded.draft().customerId()), timeline(orderId));
    }

    Copied copy(long orderId) {
        var copy = orders.copy(currentUser.get(), orderId);
        return new Copied(copy, customerContext(copy.draft().customerId()));
    }

    String cancel(long orderId, String reason) {
        return orders.cancel(currentUser.get(), orderId, reason);
    }

    /** The id of the order with this number, if the book has it. */
    java.util.Optional<Long> idOf(String number) {
        return list(new OrderFilter(number, null, null, null, null, 5)).rows().stream()
                .filter(r -> r.number().equals(number)).map(OrderListRow::id).findFirst();
    }

    Listing<OrderListRow> list(OrderFilter filter) {
        return orders.list(currentUser.get(), filter);
    }

    com.orderdesk.logic.order.OrderListTally tally(OrderFilter filter) {
        return orders.tally(currentUser.get(), filter);
    }
}
